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

    static List<String> options() {
        List<String> out = new ArrayList<>(List.of("-XX:-DontCompileHugeMethods"));
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (hotspot != null && "true".equals(hotspot.getVMOption("UseTransparentHugePages").getValue())) {
                out.add("-XX:+UseTransparentHugePages");
            }
        } catch (RuntimeException e) {
            // not HotSpot: the child runs on the JVM's default pages
        }
        return out;
    }
}
