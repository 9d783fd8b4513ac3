package org.parallax.claims;

/** Development tool, not a test: prints the figures read from each argument, one article each. */
public final class FigureProbe {
    public static void main(String[] args) {
        for (String text : args) {
            System.out.println("== " + text);
            for (Figure f : Fixtures.figures(text)) {
                System.out.println("   " + f);
            }
        }
    }
}
