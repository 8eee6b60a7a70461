package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AccountSumsTest {

  // Sums, membership and the ascending key list equal a plain map's, whether the sums stayed a hash
  // map or became an array, and however many additions waited in the log when they were read.
  @Property(tries = 60)
  void sumsWhatWasAdded(
      @ForAll @IntRange(min = 1, max = 5_000) int accounts,
      @ForAll @IntRange(min = 0, max = 40_000) int additions,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AccountSums sums = new AccountSums(accounts);
    TreeMap<Integer, Long> expected = new TreeMap<>();
    // Some runs book on few accounts (the map stays), others on many (it becomes an array).
    int spread = 1 + random.nextInt(accounts);
    for (int i = 0; i < additions; i++) {
      int account = random.nextInt(spread);
      long amount = 1 + random.nextInt(1_000_000);
      sums.add(account, amount);
      expected.merge(account, amount, Long::sum);
      // Reads fold the log early and often at first (so the map is used before it turns into an
      // array), rarely later.
      if (random.nextInt(i < 500 ? 10 : 5_000) == 0) {
        assertThat(sums.get(account)).isEqualTo(expected.get(account));
      }
    }
    assertThat(sums.sortedKeys())
        .containsExactly(expected.keySet().stream().mapToInt(Integer::intValue).toArray());
    for (int account = 0; account < accounts; account++) {
      assertThat(sums.contains(account)).isEqualTo(expected.containsKey(account));
      assertThat(sums.get(account)).isEqualTo(expected.getOrDefault(account, 0L));
    }
  }
}
