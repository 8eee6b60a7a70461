package org.sequestra.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of a service into RFC 9457 problem details: field-level violations for bad
 * input, 404 for objects the caller may not see, and never a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException exception) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", exception.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException exception) {
    return Problems.of(HttpStatus.CONFLICT, exception.slug(), "Conflict", exception.getMessage());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException exception) {
    return Problems.of(
        HttpStatus.UNPROCESSABLE_CONTENT,
        exception.slug(),
        "Unprocessable request",
        exception.getMessage());
  }

  @ExceptionHandler(PreconditionFailedException.class)
  ProblemDetail preconditionFailed(PreconditionFailedException exception) {
    return staleVersion(exception.getMessage());
  }

  /** A concurrent update committed between the If-Match check and ours: the version is stale. */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentUpdate() {
    return staleVersion(
        "The object was changed by someone else while your update ran. Read it again and reapply"
            + " your change.");
  }

  @ExceptionHandler(PreconditionRequiredException.class)
  ProblemDetail preconditionRequired(PreconditionRequiredException exception) {
    return Problems.of(
        HttpStatus.PRECONDITION_REQUIRED,
        "precondition-required",
        "If-Match required",
        exception.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException exception) {
    return Problems.of(
        HttpStatus.FORBIDDEN, exception.slug(), "Not allowed", exception.getMessage());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException exception) {
    return validation(exception.violations());
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ProblemDetail payloadTooLarge(PayloadTooLargeException exception) {
    return PayloadTooLargeException.problem(exception.limit());
  }

  @ExceptionHandler(ServiceBusyException.class)
  ResponseEntity<ProblemDetail> busy(ServiceBusyException exception) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfter().toSeconds()))
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                exception.slug(),
                "Service busy",
                exception.getMessage()));
  }

  /**
   * PostgreSQL gave up a lock wait (it broke a deadlock, or a lock time-out ran out): the
   * transaction was rolled back, nothing was changed, and the same request may simply be sent
   * again. A 503 with Retry-After says so; a bare 500 would look like a bug.
   */
  @ExceptionHandler(PessimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> lockNotAcquired(PessimisticLockingFailureException exception) {
    log.info(
        "Lock not acquired, request rolled back: {}",
        exception.getMostSpecificCause().getMessage());
    return busy(
        new ServiceBusyException(
            "lock-not-acquired",
            "Another change to the same data was under way; nothing was changed. Send the request"
                + " again.",
            Duration.ofSeconds(1)));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied() {
    return SecurityProblemHandler.forbidden();
  }

  /** A header the firewall refuses, read by a controller (If-Match with a control character). */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail requestRejected() {
    return SecurityProblemHandler.rejected();
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
    return validation(
        List.of(new Violation(exception.getName(), "is not a valid " + expected(exception))));
  }

  /** Parameter constraints checked by the generated interfaces' {@code @Validated} proxies. */
  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException exception) {
    return validation(
        exception.getConstraintViolations().stream()
            .map(
                violation ->
                    new Violation(leaf(violation.getPropertyPath()), violation.getMessage()))
            .sorted(Comparator.comparing(Violation::field))
            .toList());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception exception) {
    log.error("Unhandled error", exception);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The request failed unexpectedly. Quote the request id when reporting it.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations =
        exception.getBindingResult().getFieldErrors().stream()
            .map(error -> new Violation(error.getField(), reason(error)))
            .sorted(Comparator.comparing(Violation::field))
            .toList();
    return ResponseEntity.badRequest().body(validation(violations));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations =
        exception.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new Violation(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(validation(violations));
  }

  /** A required query parameter left out is a field-level violation like any other. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(validation(List.of(new Violation(exception.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    PayloadTooLargeException tooLarge = causeOfType(exception, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(PayloadTooLargeException.problem(tooLarge.limit()));
    }
    if (exception.getCause() == null
        && exception.getMessage() != null
        && exception.getMessage().startsWith("Required request body is missing")) {
      return ResponseEntity.badRequest()
          .body(
              Problems.of(
                  HttpStatus.BAD_REQUEST,
                  "empty-body",
                  "Empty request body",
                  "The request body is empty: the uploaded file (or JSON document) has no content."));
    }
    JacksonException jackson = causeOfType(exception, JacksonException.class);
    if (jackson != null && !jackson.getPath().isEmpty()) {
      return ResponseEntity.badRequest()
          .body(validation(List.of(new Violation(path(jackson), unreadableReason(jackson)))));
    }
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "Malformed request body",
                "The request body is missing or is not valid JSON."));
  }

  /** Adds the request id to the problems Spring itself creates (405, 415, 406, ...). */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      Problems.withRequestId(problem);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static ProblemDetail staleVersion(String detail) {
    return Problems.of(
        HttpStatus.PRECONDITION_FAILED, "stale-version", "Version is not current", detail);
  }

  static ProblemDetail validation(List<Violation> violations) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Request validation failed",
            InvalidRequestException.summary(violations));
    problem.setProperty("violations", violations);
    return problem;
  }

  private static String leaf(Path path) {
    String leaf = null;
    for (Path.Node node : path) {
      leaf = node.getName();
    }
    return leaf == null ? path.toString() : leaf;
  }

  private static String reason(FieldError error) {
    return error.getDefaultMessage() != null
        ? error.getDefaultMessage()
        : DefaultMessageSourceResolvable.class.getSimpleName();
  }

  /**
   * The outermost cause of that type: the outermost Jackson error knows the JSON path, deeper
   * causes (date parsing) do not.
   */
  private static <T extends Throwable> T causeOfType(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  static String path(JacksonException exception) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : exception.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String unreadableReason(JacksonException exception) {
    if (exception instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (exception instanceof ControlCharacterException control) {
      return control.reason();
    }
    if (exception instanceof MismatchedInputException mismatched
        && mismatched.getTargetType() != null) {
      String expected = jsonType(mismatched.getTargetType());
      String found = found(mismatched.getCurrentToken());
      // A string of the right type but a bad value (an unknown enum value) is not a type mismatch.
      if (expected != null && found != null && !expected.startsWith(found)) {
        return "must be " + expected + ", not " + found;
      }
    }
    if (exception instanceof InvalidFormatException invalid) {
      return "has an invalid value for type " + invalid.getTargetType().getSimpleName();
    }
    if (exception instanceof MismatchedInputException mismatched
        && mismatched.getTargetType() != null) {
      return "must be of type " + mismatched.getTargetType().getSimpleName();
    }
    return "could not be read";
  }

  /** What the contract's type is in JSON terms, or {@code null} when it is an object. */
  private static String jsonType(Class<?> type) {
    if (type == String.class || type == java.util.UUID.class || type == java.net.URI.class) {
      return "a string";
    }
    if (type == java.time.LocalDate.class) {
      return "a string holding a date (YYYY-MM-DD)";
    }
    if (java.time.temporal.TemporalAccessor.class.isAssignableFrom(type)) {
      return "a string holding a date and time (RFC 3339)";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || java.math.BigInteger.class == type) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type.isEnum()) {
      return "a string (one of the documented values)";
    }
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return null;
  }

  /** The JSON type found where another was expected, or {@code null} when not known. */
  private static String found(tools.jackson.core.JsonToken token) {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_ARRAY, END_ARRAY -> "an array";
      case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "an object";
      case VALUE_NULL -> "null";
      default -> null;
    };
  }

  private static String expected(MethodArgumentTypeMismatchException exception) {
    Class<?> type = exception.getRequiredType();
    return type == null ? "value" : type.getSimpleName();
  }
}
