package org.sequestra.registry.asset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.registry.validation.FieldChecks;

/**
 * Which identifiers each asset type carries, how each is validated and normalised, and which of
 * them name the same property across agencies (and so take part in hit/no-hit).
 */
final class AssetIdentifierRules {

  static final String CADASTRAL_REFERENCE = "CADASTRAL_REFERENCE";

  private static final Map<Asset.Type, Set<String>> ALLOWED = new EnumMap<>(Asset.Type.class);

  static {
    ALLOWED.put(Asset.Type.BANK_ACCOUNT, Set.of("iban", "bic"));
    ALLOWED.put(Asset.Type.VEHICLE, Set.of("vin"));
    ALLOWED.put(Asset.Type.VESSEL, Set.of("imoNumber"));
    ALLOWED.put(Asset.Type.AIRCRAFT, Set.of("aircraftRegistration", "aircraftSerialNumber"));
    ALLOWED.put(
        Asset.Type.COMPANY_SHARES, Set.of("lei", "registrationNumber", "registrationJurisdiction"));
    ALLOWED.put(Asset.Type.REAL_ESTATE, Set.of("cadastralReference", "cadastralCountry"));
    ALLOWED.put(Asset.Type.CRYPTO_WALLET, Set.of("walletAddress", "chain"));
    ALLOWED.put(Asset.Type.SECURITIES, Set.of("isin"));
    ALLOWED.put(Asset.Type.CASH, Set.of());
    ALLOWED.put(Asset.Type.PRECIOUS_GOODS, Set.of());
    ALLOWED.put(Asset.Type.OTHER, Set.of());
  }

  /** Nationality mark and registration mark, e.g. PH-BXA, EC-MIG, D-ABYA, N12345. */
  private static final Pattern AIRCRAFT_REGISTRATION =
      Pattern.compile("[A-Z0-9]{1,3}-?[A-Z0-9]{1,6}");

  private static final Pattern SERIAL_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9 ./-]{0,31}");

  private static final String PREFIX = "identifiers.";

  private AssetIdentifierRules() {}

  /** The normalised identifiers of an asset of {@code type}; problems go to {@code checks}. */
  static List<AssetIdentifier> check(Asset.Type type, StatedIdentifiers given, FieldChecks checks) {
    List<AssetIdentifier> identifiers = new ArrayList<>();
    if (given == null) {
      return identifiers;
    }
    Map<String, String> present = present(given);
    Set<String> allowed = ALLOWED.get(type);
    boolean foreign = false;
    for (String field : present.keySet()) {
      if (!allowed.contains(field)) {
        checks.reject(PREFIX + field, "is not an identifier of assets of type " + type);
        foreign = true;
      }
    }
    if (foreign) {
      return identifiers;
    }
    switch (type) {
      case BANK_ACCOUNT -> bankAccount(present, checks, identifiers);
      case VEHICLE -> matchable(present, "vin", IdentifierType.VIN, checks, identifiers);
      case VESSEL ->
          matchable(present, "imoNumber", IdentifierType.IMO_NUMBER, checks, identifiers);
      case AIRCRAFT -> aircraft(present, checks, identifiers);
      case COMPANY_SHARES -> companyShares(present, checks, identifiers);
      case REAL_ESTATE -> realEstate(present, checks, identifiers);
      case CRYPTO_WALLET -> cryptoWallet(present, checks, identifiers);
      case SECURITIES -> plain(present, "isin", IdentifierType.ISIN, checks, identifiers);
      case CASH, PRECIOUS_GOODS, OTHER -> {}
    }
    return identifiers;
  }

  /**
   * The normalised spellings under which an identifier typed into a search may be stored: every
   * standard it is valid under, and the plain upper-cased and as-typed text for the free-form ones.
   */
  static Set<String> searchForms(String raw) {
    Set<String> forms = new LinkedHashSet<>();
    for (IdentifierType type :
        List.of(
            IdentifierType.IBAN,
            IdentifierType.BIC,
            IdentifierType.VIN,
            IdentifierType.IMO_NUMBER,
            IdentifierType.LEI,
            IdentifierType.BITCOIN_ADDRESS,
            IdentifierType.ETHEREUM_ADDRESS,
            IdentifierType.ISIN)) {
      ValidationResult result = Identifiers.validate(type, raw);
      if (result.valid()) {
        forms.add(result.normalised());
      }
    }
    String text = collapse(raw);
    if (!text.isEmpty()) {
      forms.add(text);
      forms.add(text.toUpperCase(Locale.ROOT));
    }
    return forms;
  }

  private static void bankAccount(
      Map<String, String> present, FieldChecks checks, List<AssetIdentifier> identifiers) {
    ValidationResult iban = matchable(present, "iban", IdentifierType.IBAN, checks, identifiers);
    ValidationResult bic = plain(present, "bic", IdentifierType.BIC, checks, identifiers);
    if (iban != null && iban.valid() && bic != null && bic.valid()) {
      String ibanCountry = iban.normalised().substring(0, 2);
      String bicCountry = bic.normalised().substring(4, 6);
      if (!ibanCountry.equals(bicCountry)) {
        checks.warn(
            "BIC country "
                + bicCountry
                + " differs from IBAN country "
                + ibanCountry
                + " (possible, but worth a second look)");
      }
    }
  }

  private static void aircraft(
      Map<String, String> present, FieldChecks checks, List<AssetIdentifier> identifiers) {
    String registration = present.get("aircraftRegistration");
    if (registration != null) {
      String normalised = collapse(registration).toUpperCase(Locale.ROOT);
      if (AIRCRAFT_REGISTRATION.matcher(normalised).matches()) {
        identifiers.add(new AssetIdentifier("aircraftRegistration", normalised, null, null, null));
      } else {
        checks.reject(
            PREFIX + "aircraftRegistration",
            "aircraft registration must be a nationality mark and a registration mark of letters"
                + " and digits, e.g. PH-BXA");
      }
    }
    String serial = present.get("aircraftSerialNumber");
    if (serial != null) {
      String normalised = collapse(serial).toUpperCase(Locale.ROOT);
      if (SERIAL_NUMBER.matcher(normalised).matches()) {
        identifiers.add(new AssetIdentifier("aircraftSerialNumber", normalised, null, null, null));
      } else {
        checks.reject(
            PREFIX + "aircraftSerialNumber",
            "aircraft serial number may contain only letters, digits, spaces, '.', '/' and '-'");
      }
    }
  }

  private static void companyShares(
      Map<String, String> present, FieldChecks checks, List<AssetIdentifier> identifiers) {
    matchable(present, "lei", IdentifierType.LEI, checks, identifiers);
    String number = present.get("registrationNumber");
    String jurisdiction = present.get("registrationJurisdiction");
    if (number == null) {
      checks.require(
          jurisdiction == null,
          PREFIX + "registrationJurisdiction",
          "is only meaningful with a registrationNumber");
      return;
    }
    checks.require(
        jurisdiction != null,
        PREFIX + "registrationJurisdiction",
        "is required with a registrationNumber");
    String country = checks.country(PREFIX + "registrationJurisdiction", jurisdiction);
    String normalised = collapse(number);
    if (normalised.isEmpty()) {
      checks.reject(PREFIX + "registrationNumber", "must not be blank");
    } else if (country != null) {
      identifiers.add(new AssetIdentifier("registrationNumber", normalised, country, null, null));
    }
  }

  private static void realEstate(
      Map<String, String> present, FieldChecks checks, List<AssetIdentifier> identifiers) {
    String reference = present.get("cadastralReference");
    String country = present.get("cadastralCountry");
    if (reference == null) {
      checks.require(
          country == null,
          PREFIX + "cadastralCountry",
          "is only meaningful with a cadastralReference");
      return;
    }
    checks.require(
        country != null, PREFIX + "cadastralCountry", "is required with a cadastralReference");
    String iso = checks.country(PREFIX + "cadastralCountry", country);
    String normalised = collapse(reference).toUpperCase(Locale.ROOT);
    String key = lettersAndDigits(normalised);
    if (key.isEmpty()) {
      checks.reject(
          PREFIX + "cadastralReference", "cadastral reference must contain letters or digits");
    } else if (iso != null) {
      // the same parcel is written with or without separators; compare letters and digits only
      identifiers.add(
          new AssetIdentifier(
              "cadastralReference", normalised, iso, CADASTRAL_REFERENCE, iso + ":" + key));
    }
  }

  private static void cryptoWallet(
      Map<String, String> present, FieldChecks checks, List<AssetIdentifier> identifiers) {
    String address = present.get("walletAddress");
    String chain = present.get("chain");
    if (address == null) {
      checks.require(chain == null, PREFIX + "chain", "is only meaningful with a walletAddress");
      return;
    }
    if (chain == null) {
      checks.reject(PREFIX + "chain", "is required with a walletAddress");
      return;
    }
    IdentifierType type =
        chain.equals("BITCOIN") ? IdentifierType.BITCOIN_ADDRESS : IdentifierType.ETHEREUM_ADDRESS;
    ValidationResult result = checks.identifier(PREFIX + "walletAddress", type, address);
    if (result.valid()) {
      identifiers.add(
          new AssetIdentifier(
              "walletAddress", result.normalised(), chain, type.name(), result.key()));
    }
  }

  private static ValidationResult matchable(
      Map<String, String> present,
      String field,
      IdentifierType type,
      FieldChecks checks,
      List<AssetIdentifier> identifiers) {
    ValidationResult result = checks.identifier(PREFIX + field, type, present.get(field));
    if (result != null && result.valid()) {
      identifiers.add(
          new AssetIdentifier(field, result.normalised(), null, type.name(), result.key()));
    }
    return result;
  }

  private static ValidationResult plain(
      Map<String, String> present,
      String field,
      IdentifierType type,
      FieldChecks checks,
      List<AssetIdentifier> identifiers) {
    ValidationResult result = checks.identifier(PREFIX + field, type, present.get(field));
    if (result != null && result.valid()) {
      identifiers.add(new AssetIdentifier(field, result.normalised(), null, null, null));
    }
    return result;
  }

  private static Map<String, String> present(StatedIdentifiers given) {
    Map<String, String> present = new LinkedHashMap<>();
    put(present, "iban", given.iban());
    put(present, "bic", given.bic());
    put(present, "vin", given.vin());
    put(present, "imoNumber", given.imoNumber());
    put(present, "aircraftRegistration", given.aircraftRegistration());
    put(present, "aircraftSerialNumber", given.aircraftSerialNumber());
    put(present, "lei", given.lei());
    put(present, "registrationNumber", given.registrationNumber());
    put(present, "registrationJurisdiction", given.registrationJurisdiction());
    put(present, "cadastralReference", given.cadastralReference());
    put(present, "cadastralCountry", given.cadastralCountry());
    put(present, "walletAddress", given.walletAddress());
    put(present, "chain", given.chain());
    put(present, "isin", given.isin());
    return present;
  }

  private static void put(Map<String, String> present, String field, String value) {
    if (value != null) {
      present.put(field, value);
    }
  }

  /** Trimmed, with runs of whitespace collapsed to one space. */
  private static String collapse(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  private static String lettersAndDigits(String value) {
    StringBuilder b = new StringBuilder(value.length());
    value.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
