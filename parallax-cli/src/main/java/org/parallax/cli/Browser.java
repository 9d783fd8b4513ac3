package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens a file in the user's browser with the platform's opener; says where the file is when it cannot. */
final class Browser {
    private Browser() {
    }

    static void open(Path file) {
        String uri = file.toAbsolutePath().toUri().toString();
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : List.of("xdg-open", uri);
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println("parallax: cannot open a browser here; open " + uri);
        }
    }
}
