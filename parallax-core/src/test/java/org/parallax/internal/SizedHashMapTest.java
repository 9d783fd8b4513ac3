package org.parallax.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SizedHashMapTest {
    @Test
    void coreNlpMakesItsMapsAsSizedHashMaps() {
        CoreNlp.configure();
        assertThat(System.getProperty("edu.stanford.nlp.hashmap.impl")).isEqualTo(SizedHashMap.class.getName());
        // CoreNLP reads the setting when its Generics class is first used: after configure(), it makes ours
        Map<String, Integer> made = edu.stanford.nlp.util.Generics.newHashMap(512);
        assertThat(made).isInstanceOf(SizedHashMap.class);
    }

    @Test
    void aSmallHintStillHoldsEverything() {
        Map<Integer, Integer> map = new SizedHashMap<>(512);
        for (int i = 0; i < 5_000; i++) {
            map.put(i, i * 2);
        }
        assertThat(map).hasSize(5_000).containsEntry(4_999, 9_998);
        assertThat(new SizedHashMap<>(map)).isEqualTo(map);
    }
}
