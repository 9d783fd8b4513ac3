package org.parallax.claims;

import org.parallax.model.Article;
import org.parallax.model.Conflict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development tool, not a test: the dated events {@link EventDays} reads in each annotated story, and its conflicts. */
public final class EventDayProbe {
    public static void main(String[] args) throws Exception {
        DevStories dev = DevStories.load(Path.of(args[0]));
        boolean verbose = args.length > 1;
        dev.stories().forEach((name, ids) -> {
            List<Article> articles = new ArrayList<>();
            ids.stream().map(dev.byId()::get).filter(java.util.Objects::nonNull).forEach(articles::add);
            System.out.println("== " + name);
            if (verbose) {
                for (Article a : articles) {
                    for (EventDays.Event e : EventDays.read(a)) {
                        System.out.printf("  %s s%d %s %s %s words=%s names=%s [%s] %s%n", e.document(), e.sentence(), e.day(),
                                e.pointed() ? "(pointed)" : "", e.verb(), e.words(), e.names(), e.dateText(), e.phrase());
                    }
                }
            }
            for (Conflict c : EventDays.find(articles, (d, s) -> null)) {
                System.out.println("  CONFLICT " + c.topic() + " :: " + c.positions().stream().map(p -> p.documents() + " " + p.text()).toList()
                        + " :: " + c.explanation());
            }
        });
    }
}
