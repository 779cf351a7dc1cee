package io.haven.api;

import io.haven.api.idempotency.IdempotencyExamples;
import io.haven.api.idempotency.IdempotencyKeys;
import io.haven.api.problems.Problem;
import io.haven.api.problems.ProblemExamples;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The partner API, version 1, under {@code /api/v1}. Its OpenAPI document is served at
 * {@code /api/openapi} (YAML; {@code ?format=JSON} for JSON).
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Haven partner API",
            version = "1",
            description =
                "For an enterprise's own systems (partner systems) to work with its Haven data.\n\n"
                    + "Every request is signed with the product's API secret (V5). Send four headers:\n"
                    + "X-Haven-AppId (the product's appId), X-Haven-Timestamp (epoch seconds, within 300 s of the"
                    + " server time), X-Haven-Nonce (8-64 characters of A-Z a-z 0-9 _ -, never reused) and"
                    + " X-Haven-Signature: lowercase hex HMAC-SHA256, keyed with the secret, of\n\n"
                    + "    METHOD \\n PATH[?QUERY] \\n TIMESTAMP \\n NONCE \\n hex(SHA-256(body))\n\n"
                    + "where PATH is the path as sent, including /api/v1, and QUERY the raw query string. After a"
                    + " rotation the previous secret stays valid for the grace period the operator chose (24 hours unless"
                    + " changed, at most 168).\n\n"
                    + "Every error is application/problem+json (RFC 9457) with type, title, status, detail and,"
                    + " for input errors, errors [{field, message}]. Unknown paths answer 404, wrong methods 405,"
                    + " bodies over 1 MiB 413; unsigned requests 401 whatever their path; a path a URI cannot hold"
                    + " (a raw [ or ]) 400.\n\n"
                    + "Bodies are read strictly: one JSON document in valid UTF-8, no duplicate keys, at most 32"
                    + " levels deep, and every field of its JSON type: numbers are never read from text (\"100\"), text"
                    + " never from numbers or booleans (otherwise malformed-json, naming the field); numbers of more than"
                    + " 40 characters are invalid-input.\n\n"
                    + "Patterns in this document are ECMA-262 regular expressions that Java and Python read alike.",
            license =
                @License(
                    name = "Proprietary: for partners of a Haven enterprise, under its Haven service agreement",
                    identifier = "LicenseRef-Haven-Partner")),
    // Relative: the paths already start with /api/v1, so a client is pointed at the Haven host
    // (https://haven.example.com) and nothing else.
    servers = @Server(url = "/", description = "The Haven host the enterprise uses"),
    securitySets =
        @SecurityRequirementsSet({
          @SecurityRequirement(name = "appId"),
          @SecurityRequirement(name = "timestamp"),
          @SecurityRequirement(name = "nonce"),
          @SecurityRequirement(name = "signature")
        }),
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "appId", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Haven-AppId", description = "The calling product's appId."),
              @SecurityScheme(
                  securitySchemeName = "timestamp", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Haven-Timestamp", description = "Epoch seconds, within 300 s of the server time."),
              @SecurityScheme(
                  securitySchemeName = "nonce", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Haven-Nonce", description = "8 to 64 characters of A-Z a-z 0-9 _ -, used once."),
              @SecurityScheme(
                  securitySchemeName = "signature", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Haven-Signature",
                  description = "Lowercase hex HMAC-SHA256, keyed with the product's API secret, of the canonical request:"
                      + " METHOD, PATH[?QUERY] as sent, the X-Haven-Timestamp, the X-Haven-Nonce and the lowercase hex"
                      + " SHA-256 of the body bytes (of nothing for no body), joined by \\n. It differs for every"
                      + " request, so a client computes it per request (api/examples has signers to plug in).")
            },
            parameters =
                @Parameter(
                    name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
                    description = "1 to 64 characters of A-Z a-z 0-9 _ . : -; new for every new request, the same for its"
                        + " retries. A retry gets the first answer again (with Idempotent-Replayed: true); keys are kept"
                        + " at least 24 hours per enterprise.",
                    schema = @Schema(type = SchemaType.STRING, pattern = IdempotencyKeys.PATTERN),
                    example = "order-2026-0001-credit"),
            responses = {
              @APIResponse(
                  name = "IdempotentBadRequest", responseCode = "400",
                  description = "The Idempotency-Key header is missing or malformed, the body is not valid JSON, or a field is wrong.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = {
                            @ExampleObject(name = "missing-idempotency-key", value = IdempotencyExamples.MISSING_KEY),
                            @ExampleObject(name = "malformed-json", value = ProblemExamples.MALFORMED_JSON),
                            @ExampleObject(name = "invalid-input", value = ProblemExamples.INVALID_INPUT)
                          })),
              @APIResponse(
                  name = "InFlight", responseCode = "409",
                  description = "The first request with this Idempotency-Key is still running; retry later.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "request.inFlight", value = IdempotencyExamples.IN_FLIGHT))),
              @APIResponse(
                  name = "KeyReused", responseCode = "422",
                  description = "This Idempotency-Key was used for a different request (method, path or body).",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "request.keyReused", value = IdempotencyExamples.KEY_REUSED))),
              @APIResponse(
                  name = "Unauthenticated", responseCode = "401",
                  description = "Not signed, signed wrongly, stale or replayed; the same answer for an unknown appId.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = {
                            @ExampleObject(name = "unsigned", value = ProblemExamples.UNSIGNED),
                            @ExampleObject(name = "malformed-header", value = ProblemExamples.MALFORMED_HEADER),
                            @ExampleObject(name = "stale", value = ProblemExamples.STALE),
                            @ExampleObject(name = "bad-signature", value = ProblemExamples.BAD_SIGNATURE),
                            @ExampleObject(name = "replayed", value = ProblemExamples.REPLAYED)
                          })),
              @APIResponse(
                  name = "BadRequest", responseCode = "400", description = "The body is not valid JSON, or a field is wrong.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = {
                            @ExampleObject(name = "malformed-json", value = ProblemExamples.MALFORMED_JSON),
                            @ExampleObject(name = "invalid-input", value = ProblemExamples.INVALID_INPUT)
                          })),
              @APIResponse(
                  name = "NotAcceptable", responseCode = "406",
                  description = "The Accept header allows neither application/json nor application/problem+json.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "not-acceptable", value = ProblemExamples.NOT_ACCEPTABLE))),
              @APIResponse(
                  name = "PayloadTooLarge", responseCode = "413", description = "The body is larger than 1 MiB.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "payload-too-large", value = ProblemExamples.PAYLOAD_TOO_LARGE))),
              @APIResponse(
                  name = "UnsupportedMediaType", responseCode = "415", description = "The body is not application/json.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "unsupported-media-type", value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE))),
              @APIResponse(
                  name = "ServerError", responseCode = "500", description = "Our failure; quote the incident id to support.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                          examples = @ExampleObject(name = "server-error", value = ProblemExamples.SERVER_ERROR)))
            }))
public class ApiApplication extends Application {}
