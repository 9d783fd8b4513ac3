package org.parallax.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a bench gives the JVMs it starts (CoreNLP's timed pipeline, servers under load), taken
 * from its own so that both sides of a comparison run alike: HotSpot compiles huge methods (CoreNLP's
 * tokenizer is one), and the heap is on transparent huge pages when this JVM's is (the launcher asks for
 * them where the kernel gives them on request).
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * The command that runs {@code main} in a new JVM: this JVM's {@code java} and class path, the given
     * maximum heap in MB, {@link #options()}, then {@code args}. A list the caller may add to.
     */
    static List<String> command(long maxHeapMb, Class<?> main, String... args) {
        List<String> out = new ArrayList<>();
        out.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        out.add("-Xmx" + maxHeapMb + "m");
        out.addAll(options());
        out.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        out.addAll(List.of(args));
        return out;
    }

    private static List<String> options() {
        List<String> out = new ArrayList<>(List.of("-XX:-DontCompileHugeMethods"));
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (hotspot != null && "true".equals(hotspot.getVMOption("UseTransparentHugePages").getValue())) {
                out.add("-XX:+UseTransparentHugePages");
            }
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot: the child runs on the JVM's default pages
        }
        return out;
    }
}
