/**
 * The GraphQL `extensions.code` a client can branch on. Each maps to one HTTP-like class
 * of failure; the finer reason travels in `extensions.reason`.
 */
export enum ErrorClass {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** Why a request failed, precisely enough for the interface to say it in the user's words. */
export enum ErrorReason {
  InvalidInput = 'INVALID_INPUT',
  EmailTaken = 'EMAIL_TAKEN',
  WeakPassword = 'WEAK_PASSWORD',
  WrongCredentials = 'WRONG_CREDENTIALS',
  NotLoggedIn = 'NOT_LOGGED_IN',
  MissingRole = 'MISSING_ROLE',
  NotGroupMember = 'NOT_GROUP_MEMBER',
  NotFound = 'NOT_FOUND',
  ThreadLocked = 'THREAD_LOCKED',
  ReportNotReviewable = 'REPORT_NOT_REVIEWABLE',
  ReportNotEditable = 'REPORT_NOT_EDITABLE',
  UnknownRegion = 'UNKNOWN_REGION',
  UnknownCategory = 'UNKNOWN_CATEGORY',
  UnknownMedia = 'UNKNOWN_MEDIA',
  NotAnImage = 'NOT_AN_IMAGE',
  UploadTooLarge = 'UPLOAD_TOO_LARGE',
  RateLimited = 'RATE_LIMITED',
  AlreadyMember = 'ALREADY_MEMBER',
  GroupNotVerified = 'GROUP_NOT_VERIFIED',
  ForbiddenCharacters = 'FORBIDDEN_CHARACTERS',
  ImageTooLarge = 'IMAGE_TOO_LARGE',
  GroupNameTaken = 'GROUP_NAME_TAKEN',
  LastAdministrator = 'LAST_ADMINISTRATOR',
  SearchUnavailable = 'SEARCH_UNAVAILABLE',
  Internal = 'INTERNAL',
}

export const REASON_CLASS: Record<ErrorReason, ErrorClass> = {
  [ErrorReason.InvalidInput]: ErrorClass.BadUserInput,
  [ErrorReason.EmailTaken]: ErrorClass.Conflict,
  [ErrorReason.WeakPassword]: ErrorClass.BadUserInput,
  [ErrorReason.WrongCredentials]: ErrorClass.Unauthenticated,
  [ErrorReason.NotLoggedIn]: ErrorClass.Unauthenticated,
  [ErrorReason.MissingRole]: ErrorClass.Forbidden,
  [ErrorReason.NotGroupMember]: ErrorClass.Forbidden,
  [ErrorReason.NotFound]: ErrorClass.NotFound,
  [ErrorReason.ThreadLocked]: ErrorClass.Conflict,
  [ErrorReason.ReportNotReviewable]: ErrorClass.Conflict,
  [ErrorReason.ReportNotEditable]: ErrorClass.Conflict,
  [ErrorReason.UnknownRegion]: ErrorClass.BadUserInput,
  [ErrorReason.UnknownCategory]: ErrorClass.BadUserInput,
  [ErrorReason.UnknownMedia]: ErrorClass.BadUserInput,
  [ErrorReason.NotAnImage]: ErrorClass.BadUserInput,
  [ErrorReason.UploadTooLarge]: ErrorClass.BadUserInput,
  [ErrorReason.RateLimited]: ErrorClass.Forbidden,
  [ErrorReason.AlreadyMember]: ErrorClass.Conflict,
  [ErrorReason.GroupNotVerified]: ErrorClass.Forbidden,
  [ErrorReason.ForbiddenCharacters]: ErrorClass.BadUserInput,
  [ErrorReason.ImageTooLarge]: ErrorClass.BadUserInput,
  [ErrorReason.GroupNameTaken]: ErrorClass.Conflict,
  [ErrorReason.LastAdministrator]: ErrorClass.Conflict,
  [ErrorReason.SearchUnavailable]: ErrorClass.Internal,
  [ErrorReason.Internal]: ErrorClass.Internal,
};
