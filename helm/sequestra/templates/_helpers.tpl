{{/* The four components: values key, name, and which components call it (the call graph). */}}
{{- define "sequestra.components" -}}
gateway: {name: gateway, callers: []}
assetRegistry: {name: asset-registry, callers: [gateway, financial-trace, freezing]}
financialTrace: {name: financial-trace, callers: [gateway]}
freezing: {name: freezing, callers: [gateway]}
{{- end }}

{{- define "sequestra.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end }}

{{- define "sequestra.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: sequestra
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{/* Selector labels of one component; call with (list $ "asset-registry"). */}}
{{- define "sequestra.selector" -}}
app.kubernetes.io/name: sequestra
app.kubernetes.io/instance: {{ (index . 0).Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{/* The CloudNativePG cluster of a service database; call with (list $ "asset-registry"). */}}
{{- define "sequestra.cnpgCluster" -}}
{{- printf "%s-%s-db" (include "sequestra.fullname" (index . 0)) (index . 1) | trunc 50 | trimSuffix "-" -}}
{{- end }}

{{/* A list of NetworkPolicy peers and ports, as in values.networkPolicy.<x>: one egress rule. */}}
{{- define "sequestra.egressRule" -}}
- ports:
    {{- toYaml .ports | nindent 4 }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{/* The gateway's URL as browsers see it, for the console's log-in: gateway.console.publicUrl, else
     https://<gateway.ingress.host> with the ingress enabled, else empty (taken from each request). */}}
{{- define "sequestra.consolePublicUrl" -}}
{{- $g := .Values.gateway -}}
{{- if $g.console.publicUrl -}}
{{- $g.console.publicUrl -}}
{{- else if $g.ingress.enabled -}}
{{- printf "https://%s" $g.ingress.host -}}
{{- end -}}
{{- end }}

{{/* "true" when the gateway (its values given) keeps anything in Redis: the rate limit's buckets or
     the console's sessions; empty otherwise. Both use the connection of gateway.rateLimit.redis. */}}
{{- define "sequestra.gatewayUsesRedis" -}}
{{- if or (eq .rateLimit.store "redis") (eq .console.sessionStore "redis") -}}
true
{{- end -}}
{{- end }}
