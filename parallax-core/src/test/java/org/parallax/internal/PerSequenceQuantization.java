package org.parallax.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.UnknownFieldSet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development aid for {@link EmbeddingBatchProbe}: all-MiniLM-L6-v2-q rewritten so that a batch of texts
 * gives each text the vector it gets alone. The quantised model's {@code DynamicQuantizeLinear} takes one
 * scale and zero point over the whole batch; here each becomes standard ONNX operators that take them per
 * sequence, over its real tokens only (padding rows replaced by the sequence's first row before the min
 * and max), and each {@code MatMulInteger} takes the per-sequence zero point out as an integer correction
 * (the zero point times the column sums of the weights less their zero points), which is exact.
 *
 * <p>The model is read and written as protobuf fields without the ONNX schema ({@link UnknownFieldSet};
 * ModelProto 7 = graph; GraphProto 1 = node, 5 = initializer, 13 = value_info, dropped since shapes
 * change; NodeProto 1 = input, 2 = output, 3 = name, 4 = op_type, 5 = attribute; TensorProto 1 = dims,
 * 2 = data_type, 5 = int32_data, 8 = name, 9 = raw_data).
 *
 * <p>Finding (6 December, 1,478 dev-story texts): every vector identical, bit for bit, to the original
 * model's single run, in batches of 8, 16 and 32; but 3.3-3.6 ms a text against 2.3-2.7 for the original
 * one text a run, since the per-sequence scale takes about eleven passes over each quantised activation
 * that ONNX Runtime neither fuses nor runs in its quantisation kernel (without the padding mask, still
 * 3.25-3.4 ms). Not used.
 */
final class PerSequenceQuantization {
    private PerSequenceQuantization() {
    }

    private static ByteString str(String s) {
        return ByteString.copyFromUtf8(s);
    }

    private static UnknownFieldSet.Field lenField(List<ByteString> xs) {
        var b = UnknownFieldSet.Field.newBuilder();
        xs.forEach(b::addLengthDelimited);
        return b.build();
    }


    private static ByteString node(String op, List<String> in, List<String> out, ByteString... attrs) {
        var b = UnknownFieldSet.newBuilder();
        b.addField(1, lenField(in.stream().map(PerSequenceQuantization::str).toList()));
        b.addField(2, lenField(out.stream().map(PerSequenceQuantization::str).toList()));
        b.addField(3, lenField(List.of(str(out.get(0) + "_node"))));
        b.addField(4, lenField(List.of(str(op))));
        if (attrs.length > 0) {
            b.addField(5, lenField(List.of(attrs)));
        }
        return b.build().toByteString();
    }

    private static ByteString intsAttr(String name, long... v) {
        var b = UnknownFieldSet.newBuilder();
        b.addField(1, lenField(List.of(str(name))));
        var f = UnknownFieldSet.Field.newBuilder();
        for (long x : v) {
            f.addVarint(x);
        }
        b.addField(8, f.build());
        b.addField(20, UnknownFieldSet.Field.newBuilder().addVarint(7).build());
        return b.build().toByteString();
    }

    private static ByteString intAttr(String name, long v) {
        var b = UnknownFieldSet.newBuilder();
        b.addField(1, lenField(List.of(str(name))));
        b.addField(3, UnknownFieldSet.Field.newBuilder().addVarint(v).build());
        b.addField(20, UnknownFieldSet.Field.newBuilder().addVarint(2).build());
        return b.build().toByteString();
    }

    private static ByteString tensor(String name, int type, long[] dims, byte[] raw) {
        var b = UnknownFieldSet.newBuilder();
        var d = UnknownFieldSet.Field.newBuilder();
        for (long x : dims) {
            d.addVarint(x);
        }
        if (dims.length > 0) {
            b.addField(1, d.build());
        }
        b.addField(2, UnknownFieldSet.Field.newBuilder().addVarint(type).build());
        b.addField(8, lenField(List.of(str(name))));
        b.addField(9, lenField(List.of(ByteString.copyFrom(raw))));
        return b.build().toByteString();
    }

    private static byte[] f32(float v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array();
    }

    private static byte[] i64(long... v) {
        var bb = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) {
            bb.putLong(x);
        }
        return bb.array();
    }

    private static String s(ByteString b) {
        return b.toStringUtf8();
    }

    /** The model's bytes, rewritten. */
    static byte[] rewrite(byte[] model) throws java.io.IOException {
        UnknownFieldSet m = UnknownFieldSet.parseFrom(model);
        UnknownFieldSet g = UnknownFieldSet.parseFrom(m.getField(7).getLengthDelimitedList().get(0));
        Map<String, UnknownFieldSet> inits = new HashMap<>();
        for (ByteString t : g.getField(5).getLengthDelimitedList()) {
            UnknownFieldSet ts = UnknownFieldSet.parseFrom(t);
            inits.put(s(ts.getField(8).getLengthDelimitedList().get(0)), ts);
        }
        List<ByteString> nodes = new ArrayList<>();
        List<ByteString> newInits = new ArrayList<>(g.getField(5).getLengthDelimitedList());
        newInits.add(tensor("pq/zero", 1, new long[0], f32(0f)));
        newInits.add(tensor("pq/one", 1, new long[0], f32(1f)));
        newInits.add(tensor("pq/qmax", 1, new long[0], f32(255f)));
        newInits.add(tensor("pq/first", 7, new long[]{1}, i64(0)));
        newInits.add(tensor("pq/u8zero", 2, new long[0], new byte[]{0}));
        // the mask as floats [B,S,1], and its complement
        nodes.add(node("Unsqueeze", List.of("attention_mask"), List.of("pq/mask3"), intsAttr("axes", 2)));
        nodes.add(node("Cast", List.of("pq/mask3"), List.of("pq/maskf"), intAttr("to", 1)));
        nodes.add(node("Sub", List.of("pq/one", "pq/maskf"), List.of("pq/pad")));
        Map<String, String> zpOf = new HashMap<>(); // DQL's zero point output -> the per-sequence int32 zero point
        for (ByteString nb : g.getField(1).getLengthDelimitedList()) {
            UnknownFieldSet n = UnknownFieldSet.parseFrom(nb);
            String op = s(n.getField(4).getLengthDelimitedList().get(0));
            List<String> in = n.getField(1).getLengthDelimitedList().stream().map(PerSequenceQuantization::s).toList();
            List<String> out = n.getField(2).getLengthDelimitedList().stream().map(PerSequenceQuantization::s).toList();
            if (op.equals("DynamicQuantizeLinear")) {
                String x = in.get(0), p = x + "/pq/";
                nodes.add(node("Gather", List.of(x, "pq/first"), List.of(p + "cls"), intAttr("axis", 1)));
                nodes.add(node("Mul", List.of(x, "pq/maskf"), List.of(p + "real")));
                nodes.add(node("Mul", List.of(p + "cls", "pq/pad"), List.of(p + "fill")));
                nodes.add(node("Add", List.of(p + "real", p + "fill"), List.of(p + "xr")));
                nodes.add(node("ReduceMin", List.of(p + "xr"), List.of(p + "min"), intsAttr("axes", 1, 2), intAttr("keepdims", 1)));
                nodes.add(node("ReduceMax", List.of(p + "xr"), List.of(p + "max"), intsAttr("axes", 1, 2), intAttr("keepdims", 1)));
                nodes.add(node("Min", List.of(p + "min", "pq/zero"), List.of(p + "min0")));
                nodes.add(node("Max", List.of(p + "max", "pq/zero"), List.of(p + "max0")));
                nodes.add(node("Sub", List.of(p + "max0", p + "min0"), List.of(p + "range")));
                nodes.add(node("Div", List.of(p + "range", "pq/qmax"), List.of(out.get(1))));
                nodes.add(node("Div", List.of(p + "min0", out.get(1)), List.of(p + "minq")));
                nodes.add(node("Sub", List.of("pq/zero", p + "minq"), List.of(p + "zp0")));
                nodes.add(node("Max", List.of(p + "zp0", "pq/zero"), List.of(p + "zp1")));
                nodes.add(node("Min", List.of(p + "zp1", "pq/qmax"), List.of(p + "zp2")));
                nodes.add(node("Round", List.of(p + "zp2"), List.of(p + "zpf")));
                nodes.add(node("Cast", List.of(p + "zpf"), List.of(p + "zpi"), intAttr("to", 6)));
                nodes.add(node("Div", List.of(x, out.get(1)), List.of(p + "xs")));
                nodes.add(node("Sub", List.of("pq/zero", p + "zpf"), List.of(p + "lo")));
                nodes.add(node("Sub", List.of("pq/qmax", p + "zpf"), List.of(p + "hi")));
                nodes.add(node("Max", List.of(p + "xs", p + "lo"), List.of(p + "xc0")));
                nodes.add(node("Min", List.of(p + "xc0", p + "hi"), List.of(p + "xc")));
                nodes.add(node("Round", List.of(p + "xc"), List.of(p + "xround")));
                nodes.add(node("Add", List.of(p + "xround", p + "zpf"), List.of(p + "xq")));
                nodes.add(node("Cast", List.of(p + "xq"), List.of(out.get(0)), intAttr("to", 2)));
                zpOf.put(out.get(2), p + "zpi");
            } else if (op.equals("MatMulInteger")) {
                String w = in.get(1), wzp = in.get(3), p = out.get(0) + "/pq/";
                UnknownFieldSet wt = inits.get(w), zt = inits.get(wzp);
                byte[] raw = wt.getField(9).getLengthDelimitedList().get(0).toByteArray();
                int k = (int) (long) wt.getField(1).getVarintList().get(0), cols = (int) (long) wt.getField(1).getVarintList().get(1);
                List<Long> z = new ArrayList<>(zt.getField(5).getVarintList());
                for (ByteString packed : zt.getField(5).getLengthDelimitedList()) {
                    CodedInputStream cin = packed.newCodedInput();
                    while (!cin.isAtEnd()) {
                        z.add(cin.readInt64());
                    }
                }
                var sums = ByteBuffer.allocate(4 * cols).order(ByteOrder.LITTLE_ENDIAN);
                for (int c = 0; c < cols; c++) {
                    int sum = 0;
                    for (int r = 0; r < k; r++) {
                        sum += raw[r * cols + c] - (int) (long) z.get(c);
                    }
                    sums.putInt(sum);
                }
                newInits.add(tensor(p + "colsum", 6, new long[]{cols}, sums.array()));
                nodes.add(node("MatMulInteger", List.of(in.get(0), w, "pq/u8zero", wzp), List.of(p + "acc")));
                nodes.add(node("Mul", List.of(zpOf.get(in.get(2)), p + "colsum"), List.of(p + "shift")));
                nodes.add(node("Sub", List.of(p + "acc", p + "shift"), List.of(out.get(0))));
            } else {
                nodes.add(nb);
            }
        }
        var gb = UnknownFieldSet.newBuilder(g);
        gb.clearField(1).addField(1, lenField(nodes));
        gb.clearField(5).addField(5, lenField(newInits));
        gb.clearField(13);
        var mb = UnknownFieldSet.newBuilder(m);
        mb.clearField(7).addField(7, lenField(List.of(gb.build().toByteString())));
        return mb.build().toByteArray();
    }
}
