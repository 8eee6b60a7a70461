package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.statement.AccountKind;

class AccountIndexTest {

  private record Identity(AccountKind kind, String identifier, String chain) {}

  @Test
  void findsEveryAccountAddedWithItsIdAndPositionAndNothingElse() {
    Random random = new Random(7);
    AccountIndex index = new AccountIndex();
    Map<Identity, Long> ids = new HashMap<>();
    List<Identity> order = new ArrayList<>();
    while (order.size() < 200_000) {
      Identity identity = randomIdentity(random);
      if (ids.containsKey(identity)) {
        continue;
      }
      long id = random.nextLong() & Long.MAX_VALUE;
      index.add(identity.kind(), identity.identifier(), identity.chain(), id);
      ids.put(identity, id);
      order.add(identity);
    }
    assertThat(index.size()).isEqualTo(order.size());
    for (int position = 0; position < order.size(); position++) {
      Identity identity = order.get(position);
      int record = index.find(identity.kind(), identity.identifier(), identity.chain());
      assertThat(record).as("%s", identity).isNotNegative();
      assertThat(index.position(record)).isEqualTo(position);
      assertThat(index.record(position)).isEqualTo(record);
      assertThat(index.id(record)).isEqualTo(ids.get(identity));
      assertThat(new Identity(index.kind(record), index.identifier(record), index.chain(record)))
          .isEqualTo(identity);
    }
    for (int i = 0; i < 200_000; i++) {
      Identity identity = randomIdentity(random);
      assertThat(index.find(identity.kind(), identity.identifier(), identity.chain()) >= 0)
          .as("%s", identity)
          .isEqualTo(ids.containsKey(identity));
    }
  }

  @Test
  void tellsApartWhatDiffersOnlyInKindChainOrCase() {
    AccountIndex index = new AccountIndex();
    index.add(AccountKind.ACCOUNT_NUMBER, "12345", null, 1);
    index.add(AccountKind.IBAN, "12345", null, 2);
    index.add(AccountKind.CRYPTO_ADDRESS, "0xab", "ETHEREUM", 3);
    index.add(AccountKind.CRYPTO_ADDRESS, "0xab", "POLYGON", 4);
    index.add(AccountKind.CRYPTO_ADDRESS, "0xab", "", 5);
    index.add(AccountKind.CRYPTO_ADDRESS, "0xAB", "ETHEREUM", 6);
    // "Aa" and "BB" share String.hashCode: the records decide.
    index.add(AccountKind.ACCOUNT_NUMBER, "Aa", null, 7);
    index.add(AccountKind.ACCOUNT_NUMBER, "BB", null, 8);
    index.add(AccountKind.ACCOUNT_NUMBER, "Bäcker 7", null, Long.MAX_VALUE);

    assertThat(idOf(index, AccountKind.ACCOUNT_NUMBER, "12345", null)).isEqualTo(1);
    assertThat(idOf(index, AccountKind.IBAN, "12345", null)).isEqualTo(2);
    assertThat(idOf(index, AccountKind.CRYPTO_ADDRESS, "0xab", "ETHEREUM")).isEqualTo(3);
    assertThat(idOf(index, AccountKind.CRYPTO_ADDRESS, "0xab", "POLYGON")).isEqualTo(4);
    assertThat(idOf(index, AccountKind.CRYPTO_ADDRESS, "0xab", "")).isEqualTo(5);
    assertThat(index.chain(index.record(4))).isEmpty();
    assertThat(index.chain(index.record(0))).isNull();
    assertThat(index.identifier(index.record(8))).isEqualTo("Bäcker 7");
    assertThat(idOf(index, AccountKind.CRYPTO_ADDRESS, "0xAB", "ETHEREUM")).isEqualTo(6);
    assertThat(idOf(index, AccountKind.ACCOUNT_NUMBER, "Aa", null)).isEqualTo(7);
    assertThat(idOf(index, AccountKind.ACCOUNT_NUMBER, "BB", null)).isEqualTo(8);
    assertThat(idOf(index, AccountKind.ACCOUNT_NUMBER, "Bäcker 7", null)).isEqualTo(Long.MAX_VALUE);
    assertThat(index.find(AccountKind.CRYPTO_ADDRESS, "0xab", null)).isNegative();
    assertThat(index.find(AccountKind.ACCOUNT_NUMBER, "1234", null)).isNegative();
    assertThat(index.find(AccountKind.ACCOUNT_NUMBER, "123456", null)).isNegative();
  }

  private static long idOf(AccountIndex index, AccountKind kind, String identifier, String chain) {
    int record = index.find(kind, identifier, chain);
    assertThat(record).as(identifier).isNotNegative();
    return index.id(record);
  }

  private static Identity randomIdentity(Random random) {
    AccountKind kind = AccountKind.values()[random.nextInt(AccountKind.values().length)];
    StringBuilder identifier = new StringBuilder();
    int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 34);
    for (int i = 0; i < length; i++) {
      identifier.append(
          (char) (random.nextBoolean() ? 'A' + random.nextInt(3) : '0' + random.nextInt(3)));
    }
    String chain =
        kind == AccountKind.CRYPTO_ADDRESS ? (random.nextBoolean() ? "BITCOIN" : "ETHEREUM") : null;
    return new Identity(kind, identifier.toString(), chain);
  }
}
