using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace Classifier.Core.Learning.Features.Embeddings.Quantisation;

/// <summary>
/// Rewrites an fp32 ONNX model for dynamic int8 inference, as onnxruntime's <c>quantize_dynamic</c> does for MatMul: every
/// MatMul whose second input is a constant float [K, N] weight becomes ONNX Runtime's <c>com.microsoft.DynamicQuantizeMatMul</c>
/// over that weight in 8 bits (the activation is quantised on each run). Everything else (embeddings, LayerNorm, Softmax,
/// attention's activation-by-activation MatMuls) stays fp32.
/// </summary>
/// <remarks>
/// A bias Add that alone reads the MatMul's output is folded into the op's bias input, one pass over the activations fewer.
/// The output is a function of the input bytes and the options alone (protobuf writes fields in order), so the same model
/// always gives the same file, which the bundle's encoder hash relies on.
/// </remarks>
internal static class MatMulQuantiser
{
    public const string ContribDomain = "com.microsoft";

    /// <summary>Changes in this number change the file name, so a cache never serves a file an older quantiser wrote.</summary>
    public const int Version = 1;

    /// <summary>The quantised model's bytes.</summary>
    public static byte[] Quantise(byte[] model, Int8Options options)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        Quantise(proto, options);
        return proto.ToByteArray();
    }

    /// <summary>Rewrites the model in place; returns the number of MatMuls quantised.</summary>
    public static int Quantise(ModelProto model, Int8Options options)
    {
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var consumers = graph.Node.SelectMany(n => n.Input.Select(i => (Input: i, Node: n))).ToLookup(x => x.Input, x => x.Node, StringComparer.Ordinal);
        var graphOutputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var folded = new HashSet<NodeProto>(ReferenceEqualityComparer.Instance);
        var rewritten = new List<NodeProto>(graph.Node.Count);
        var count = 0;
        foreach (var node in graph.Node)
        {
            if (folded.Contains(node))
            {
                continue;
            }
            if (!IsWeightMatMul(node, initializers, out var weight))
            {
                rewritten.Add(node);
                continue;
            }
            var bias = graphOutputs.Contains(node.Output[0]) ? null : BiasAdd(node.Output[0], consumers[node.Output[0]].ToList(), initializers, (int)weight.Dims[1]);
            if (bias is not null)
            {
                folded.Add(bias.Value.Add);
            }
            rewritten.Add(Replace(node, weight, bias, graph, options));
            count++;
        }
        graph.Node.Clear();
        graph.Node.AddRange(rewritten);
        RemoveUnused(graph);
        if (!model.OpsetImport.Any(o => o.Domain == ContribDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = ContribDomain, Version = 1 });
        }
        model.MetadataProps.Add(new StringStringEntryProto { Key = "cvclassify.int8", Value = $"{options.Name} (quantiser {Version}, {count} MatMuls)" });
        return count;
    }

    private static bool IsWeightMatMul(NodeProto node, Dictionary<string, TensorProto> initializers, out TensorProto weight)
    {
        weight = null!;
        return node.OpType == "MatMul" && node.Domain.Length == 0 && node.Input.Count == 2
            && initializers.TryGetValue(node.Input[1], out weight!)
            && weight.DataType == (int)TensorProto.Types.DataType.Float && weight.Dims.Count == 2;
    }

    // The Add that is the MatMul output's only reader, when its other input is a float [N] constant.
    private static (NodeProto Add, string Bias)? BiasAdd(string output, List<NodeProto> readers, Dictionary<string, TensorProto> initializers, int columns)
    {
        if (readers is not [{ OpType: "Add", Domain: "" } add] || add.Input.Count != 2)
        {
            return null;
        }
        var other = add.Input[0] == output ? add.Input[1] : add.Input[0];
        return other != output && initializers.TryGetValue(other, out var bias)
            && bias.DataType == (int)TensorProto.Types.DataType.Float && bias.Dims is [var n] && n == columns
            ? (add, other)
            : null;
    }

    private static NodeProto Replace(NodeProto matMul, TensorProto weight, (NodeProto Add, string Bias)? bias, GraphProto graph, Int8Options options)
    {
        var (rows, columns) = ((int)weight.Dims[0], (int)weight.Dims[1]);
        var quantised = WeightQuantiser.Quantise(Floats(weight), rows, columns, options);
        var type = options.Unsigned ? TensorProto.Types.DataType.Uint8 : TensorProto.Types.DataType.Int8;
        long[] groupShape = options.PerColumn ? [columns] : [];
        var names = (Values: $"{weight.Name}_quantized", Scale: $"{weight.Name}_scale", ZeroPoint: $"{weight.Name}_zero_point");
        graph.Initializer.Add(Tensor(names.Values, type, [rows, columns], quantised.Values));
        graph.Initializer.Add(Tensor(names.Scale, TensorProto.Types.DataType.Float, groupShape, MemoryMarshal.AsBytes(quantised.Scales.AsSpan()).ToArray()));
        graph.Initializer.Add(Tensor(names.ZeroPoint, type, groupShape, quantised.ZeroPoints));
        var node = new NodeProto
        {
            Name = $"{matMul.Name}_quant",
            OpType = "DynamicQuantizeMatMul",
            Domain = ContribDomain,
            Input = { matMul.Input[0], names.Values, names.Scale, names.ZeroPoint },
            Output = { bias?.Add.Output[0] ?? matMul.Output[0] },
        };
        if (bias is { } b)
        {
            node.Input.Add(b.Bias);
        }
        return node;
    }

    // ONNX stores floats little-endian, as this machine does.
    private static ReadOnlySpan<float> Floats(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span) : tensor.FloatData.ToArray();

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] shape, byte[] raw)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.AddRange(shape);
        return tensor;
    }

    // Float weights and intermediate values that no node reads any more (the model keeps its own inputs and outputs).
    private static void RemoveUnused(GraphProto graph)
    {
        var read = graph.Node.SelectMany(n => n.Input).Concat(graph.Output.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var unused = graph.Initializer.Where(t => !read.Contains(t.Name)).ToList();
        foreach (var tensor in unused)
        {
            graph.Initializer.Remove(tensor);
        }
        var produced = graph.Node.SelectMany(n => n.Output).Concat(graph.Input.Select(i => i.Name)).Concat(graph.Initializer.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var info in graph.ValueInfo.Where(v => !produced.Contains(v.Name)).ToList())
        {
            graph.ValueInfo.Remove(info);
        }
        var initialised = unused.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var input in graph.Input.Where(i => initialised.Contains(i.Name)).ToList())
        {
            graph.Input.Remove(input);
        }
    }
}
