package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.Chain;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.NewAsset;

class AssetSchemasTest {

  private static Mapped<NewAsset> asset(String schema, Map<String, List<String>> properties) {
    return AssetSchemas.asset(new FtmEntity("a1", schema, properties));
  }

  @Test
  void aBankAccountKeepsIbanBicAndCountryAndAnAccountNumberOnlyInItsDescription() {
    Mapped<NewAsset> withIban =
        asset(
            "BankAccount",
            Map.of(
                "iban", List.of("NL91 ABNA 0417 1643 00"),
                "bic", List.of("ABNANL2A"),
                "country", List.of("nl")));
    Mapped<NewAsset> withoutIban =
        asset(
            "BankAccount",
            Map.of("accountNumber", List.of("12-34"), "bankName", List.of("Bank X")));

    assertThat(withIban.draft().type()).isEqualTo(AssetType.BANK_ACCOUNT);
    assertThat(withIban.draft().identifiers().iban()).isEqualTo("NL91 ABNA 0417 1643 00");
    assertThat(withIban.draft().identifiers().bic()).isEqualTo("ABNANL2A");
    assertThat(withIban.draft().locationCountry()).isEqualTo("NL");
    assertThat(withIban.draft().description()).isEqualTo("BankAccount");
    assertThat(withoutIban.draft().description()).isEqualTo("BankAccount 12-34 Bank X");
    assertThat(withoutIban.notes())
        .containsExactly("account number 12-34 kept in the description only");
  }

  @Test
  void aVehicleFindsItsVinInTheNotesTheExportWritesItTo() {
    Mapped<NewAsset> vehicle =
        asset(
            "Vehicle", Map.of("notes", List.of("other", FtmExport.VIN_NOTE + "WVWZZZ1JZXW000001")));

    assertThat(vehicle.draft().identifiers().vin()).isEqualTo("WVWZZZ1JZXW000001");
  }

  @Test
  void aCryptoWalletsChainComesFromItsCurrencyOrElseFromTheAddressForm() {
    Mapped<NewAsset> byPrefix =
        asset(
            "CryptoWallet",
            Map.of("publicKey", List.of("0x52908400098527886E0F7030069857D2E4169EE7")));
    Mapped<NewAsset> bySymbol =
        asset(
            "CryptoWallet",
            Map.of("publicKey", List.of("0xabc"), "currencySymbol", List.of("xbt")));

    assertThat(byPrefix.draft().identifiers().chain()).isEqualTo(Chain.ETHEREUM);
    assertThat(bySymbol.draft().identifiers().chain()).isEqualTo(Chain.BITCOIN);
  }

  @Test
  void realEstateAVesselAnAirplaneAndASecurityKeepTheirRegisterIdentifiers() {
    NewAsset house =
        asset(
                "RealEstate",
                Map.of(
                    "cadastralCode", List.of("AB-12"),
                    "country", List.of("es"),
                    "name", List.of("Villa")))
            .draft();
    NewAsset vessel =
        asset("Vessel", Map.of("imoNumber", List.of("IMO 9074729"), "flag", List.of("pa"))).draft();
    NewAsset plane =
        asset(
                "Airplane",
                Map.of("registrationNumber", List.of("PH-ABC"), "serialNumber", List.of("123")))
            .draft();
    NewAsset security =
        asset("Security", Map.of("isin", List.of("US0378331005"), "summary", List.of("Apple")))
            .draft();

    assertThat(house.identifiers().cadastralReference()).isEqualTo("AB-12");
    assertThat(house.identifiers().cadastralCountry()).isEqualTo("ES");
    assertThat(house.description()).isEqualTo("Villa");
    assertThat(vessel.type()).isEqualTo(AssetType.VESSEL);
    assertThat(vessel.locationCountry()).isEqualTo("PA");
    assertThat(vessel.identifiers().imoNumber()).isEqualTo("IMO 9074729");
    assertThat(plane.type()).isEqualTo(AssetType.AIRCRAFT);
    assertThat(plane.identifiers().aircraftRegistration()).isEqualTo("PH-ABC");
    assertThat(plane.identifiers().aircraftSerialNumber()).isEqualTo("123");
    assertThat(security.identifiers().isin()).isEqualTo("US0378331005");
    assertThat(security.description()).isEqualTo("Apple");
  }

  @Test
  void aLongDescriptionIsCutToWhatTheContractTakes() {
    NewAsset vehicle = asset("Vehicle", Map.of("description", List.of("D".repeat(2500)))).draft();

    assertThat(vehicle.description()).hasSize(2000);
  }

  @Test
  void aSchemaThatIsNoAssetIsNotMappedAsOne() {
    assertThatThrownBy(() -> asset("Person", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSharesInACompanyCarryItsRegisterIdentifiersAndAreDescribedByItsName() {
    NewAsset shares =
        AssetSchemas.sharesIn(new LegalEntity("Acme BV", "BV", "12345678", "NL", "LEI1"));
    NewAsset unregistered =
        AssetSchemas.sharesIn(new LegalEntity("Some Org", null, null, "DE", null));

    assertThat(shares.type()).isEqualTo(AssetType.COMPANY_SHARES);
    assertThat(shares.description()).isEqualTo(FtmExport.SHARES_IN + "Acme BV");
    assertThat(shares.locationCountry()).isEqualTo("NL");
    assertThat(shares.identifiers().registrationNumber()).isEqualTo("12345678");
    assertThat(shares.identifiers().registrationJurisdiction()).isEqualTo("NL");
    assertThat(shares.identifiers().lei()).isEqualTo("LEI1");
    assertThat(unregistered.identifiers().registrationJurisdiction()).isNull();
  }
}
