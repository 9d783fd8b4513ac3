package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import java.nio.charset.Charset;

import static org.assertj.core.api.Assertions.assertThat;

class DecoderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void guessesLatin1WhenNothingIsDeclaredAndNamesTheGuess() {
        RawArticle a = reader.readPath(TestData.fixture("encodings/latin1-no-charset.html")).articles().get(0);
        assertThat(a.original()).contains("Les dockers de Lindmark ont cessé le travail mardi matin")
                .contains("« Nous resterons en grève").doesNotContain("\uFFFD");
        assertThat(a.warnings()).singleElement().asString()
                .contains("no charset declared").containsIgnoringCase("windows-1252").contains("guess");
    }

    @Test
    void guessesShiftJisWhenNothingIsDeclared() {
        RawArticle a = reader.readPath(TestData.fixture("encodings/shift-jis-no-charset.html")).articles().get(0);
        assertThat(a.original()).contains("リンドマーク港の港湾労働者は火曜日の朝").doesNotContain("\uFFFD");
        assertThat(a.warnings()).singleElement().asString().contains("Shift_JIS").contains("guessed");
    }

    @Test
    void followsTheMetaCharsetWithoutWarning() {
        RawArticle a = reader.readPath(TestData.fixture("encodings/shift-jis-meta.html")).articles().get(0);
        assertThat(a.original()).contains("労働組合のトマス・ベルグ代表");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void theHttpHeaderWinsOverTheBytesAndAByteOrderMarkOverBoth() {
        byte[] latin = "caf\u00e9 cr\u00e8me".getBytes(Charset.forName("ISO-8859-1"));
        assertThat(Decoder.decode(latin, "ISO-8859-1", false).text()).isEqualTo("café crème");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
        Decoder.Decoded d = Decoder.decode(bom, "Shift_JIS", true);
        assertThat(d.text()).isEqualTo("café");
        assertThat(d.warning()).isEmpty();
        assertThat(Decoder.charsetParameter("text/html; charset=\"Shift_JIS\"")).isEqualTo("Shift_JIS");
    }

    @Test
    void readsUtf16WithAByteOrderMarkInsteadOfCallingItBinary() {
        byte[] text = "\uFEFFThe strike goes on.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Batch b = reader.readBytes("u16.txt", "u16", "txt", text);
        assertThat(b.articles()).singleElement().satisfies(a -> assertThat(a.original()).isEqualTo("The strike goes on."));
    }
}
