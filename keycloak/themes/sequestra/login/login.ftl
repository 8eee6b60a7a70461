<#--
  Sequestra hub (realm "sequestra"): the log-in page offers only the agencies' identity providers.

  Keycloak 26 has no realm setting for an identity-provider-only page (keycloak/keycloak#45302 is
  open): a browser flow without the username/password form answers "Invalid username or password",
  and removing "password" from the realm's required credentials hides the providers too (the stock
  login.ftl shows both only when realm.password is true). So this theme, a child of keycloak.v2,
  replaces login.ftl alone: no form, the providers always. The flow itself is Keycloak's default;
  the hub has no local users, so nothing could log in with a password anyway.
-->
<#import "template.ftl" as layout>
<#import "social-providers.ftl" as identityProviders>
<@layout.registrationLayout displayMessage=true displayInfo=false; section>
<!-- template: login.ftl (sequestra hub: identity providers only) -->
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <p id="sequestra-choose-agency">${msg("sequestraChooseAgency")}</p>
    <#elseif section = "socialProviders">
        <#if social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        <#else>
            <p id="sequestra-no-agency">${msg("sequestraNoAgency")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
