/**
 * The two-factor plugin's HTTP contract, shared by the server, the admin panel and the tests.
 *
 * Sign-in: POST /admin/login with the right password answers, for a user with (or required to
 * have) a second factor, `LoginChallengeResponse` — no token and no refresh cookie. The client
 * then calls POST /two-factor/challenge/verify (enrolled) or /two-factor/challenge/enrol then
 * /two-factor/challenge/enrol/confirm (required, not enrolled); both answer exactly as Strapi's
 * login does (`data.token`, `data.user`, the `strapi_admin_refresh` cookie).
 */

/** How long a challenge lives, and how many wrong codes it takes. */
export const CHALLENGE_TTL_SECONDS = 300;
export const CHALLENGE_MAX_ATTEMPTS = 5;

export interface LoginChallenge {
  /** Opaque, single-use; send it back with the code. */
  challenge: string;
  /** `verify`: type a code; `enrol`: set up the app first (required, not enrolled yet). */
  step: 'verify' | 'enrol';
  expiresAt: string;
}

export interface LoginChallengeResponse {
  data: { twoFactor: LoginChallenge };
}

/** Body of POST /two-factor/challenge/verify: a 6-digit code or a recovery code. */
export interface VerifyRequest {
  challenge: string;
  code: string;
}

/** What an enrolment shows: the QR code (SVG, drawn on the server) and the same secret as text. */
export interface EnrolmentOffer {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
  account: string;
  issuer: string;
}

export interface EnrolmentOfferResponse {
  data: EnrolmentOffer;
}

/** Body of POST /two-factor/challenge/enrol/confirm and /two-factor/me/enrol/confirm. */
export interface ConfirmRequest {
  challenge?: string;
  code: string;
}

/** Strapi's own login answer, plus the recovery codes when the factor was just set up. */
export interface SessionResponse {
  data: { token: string; accessToken: string; user: Record<string, unknown>; recoveryCodes?: string[] };
}

export interface MyStatus {
  enrolled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
  /** Province IT only: may change the platform setting. */
  canManagePlatform: boolean;
  requireAll: boolean;
}

export interface MyStatusResponse {
  data: MyStatus;
}

/** Body of the routes that change an enrolled factor: the password and a current code. */
export interface ReauthRequest {
  password: string;
  code: string;
}

export interface RecoveryCodesResponse {
  data: { recoveryCodes: string[] };
}

export interface PlatformSettings {
  requireAll: boolean;
}

export interface PlatformSettingsResponse {
  data: PlatformSettings;
}

export interface ResetResponse {
  data: { userId: number; reset: boolean };
}

/** The `details.code` of every refusal, so the admin panel can show the right sentence. */
export type TwoFactorErrorCode =
  | 'CHALLENGE_INVALID'
  | 'CHALLENGE_EXPIRED'
  | 'TOO_MANY_ATTEMPTS'
  | 'CODE_INVALID'
  | 'CODE_REUSED'
  | 'PASSWORD_INVALID'
  | 'NOT_ENROLLED'
  | 'ALREADY_ENROLLED'
  | 'REQUIRED'
  | 'TWO_FACTOR_REQUIRED';
