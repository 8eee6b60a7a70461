package org.sequestra.freezing.inforequest;

import java.util.UUID;

/** What the requesting agency sends (Directive 2023/977 Art 5; Directive 2024/1260 Art 9). */
record InformationRequestDraft(
    String requestedAgency,
    String subject,
    String reasons,
    String natureOfProceedings,
    String offence,
    String linkToRequestedState,
    String propertyDetails,
    InformationUrgency urgency,
    UUID registryCaseId,
    String requestingReference) {}
