/**
 * WebAuthn in the browser build: the server (webauthn-rs) sends ceremony
 * options as JSON with binary values in unpadded base64url, and expects the
 * authenticator's answer back in the same form.
 */

/** Unpadded base64url of `data`. */
export function bufferToBase64url(data: ArrayBuffer | ArrayBufferView): string {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url (or base64) string, padded or not. */
export function base64urlToBuffer(text: string): ArrayBuffer {
  const base64 = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (base64.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(base64)) {
    throw new Error('Not base64url');
  }
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Passkey options: ${what} missing`);
  }
  return value as Json;
}

function binary(value: unknown, what: string): ArrayBuffer {
  if (typeof value !== 'string') throw new Error(`Passkey options: ${what} missing`);
  return base64urlToBuffer(value);
}

function descriptors(value: unknown, what: string): PublicKeyCredentialDescriptor[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value)) throw new Error(`Passkey options: ${what} is not a list`);
  return value.map((entry, i) => {
    const d = object(entry, `${what}[${i}]`);
    return {
      ...(d as object),
      type: 'public-key',
      id: binary(d.id, `${what}[${i}].id`),
    } as PublicKeyCredentialDescriptor;
  });
}

/** `{ publicKey }` for `navigator.credentials.create`, from `beginPasskeyRegistration.options`. */
export function creationOptionsFromJSON(options: unknown): CredentialCreationOptions {
  const pk = object(object(options, 'options').publicKey, 'publicKey');
  const user = object(pk.user, 'user');
  const publicKey = {
    ...pk,
    challenge: binary(pk.challenge, 'challenge'),
    user: { ...user, id: binary(user.id, 'user.id') },
  } as Json;
  const exclude = descriptors(pk.excludeCredentials, 'excludeCredentials');
  if (exclude) publicKey.excludeCredentials = exclude;
  else delete publicKey.excludeCredentials;
  return { publicKey: publicKey as unknown as PublicKeyCredentialCreationOptions };
}

/** `{ publicKey }` for `navigator.credentials.get`, from `beginPasskeyLogin.options`. */
export function requestOptionsFromJSON(options: unknown): CredentialRequestOptions {
  const pk = object(object(options, 'options').publicKey, 'publicKey');
  const publicKey = { ...pk, challenge: binary(pk.challenge, 'challenge') } as Json;
  const allow = descriptors(pk.allowCredentials, 'allowCredentials');
  // An empty list lets the device offer any passkey it holds for this site.
  if (allow && allow.length > 0) publicKey.allowCredentials = allow;
  else delete publicKey.allowCredentials;
  return { publicKey: publicKey as unknown as PublicKeyCredentialRequestOptions };
}

/** What `navigator.credentials.create` resolves to (the parts read here). */
export type AttestationCredential = {
  id: string;
  rawId: ArrayBuffer;
  type: string;
  response: {
    attestationObject: ArrayBuffer;
    clientDataJSON: ArrayBuffer;
    getTransports?: () => string[];
  };
  getClientExtensionResults?: () => unknown;
};

/** What `navigator.credentials.get` resolves to (the parts read here). */
export type AssertionCredential = {
  id: string;
  rawId: ArrayBuffer;
  type: string;
  response: {
    authenticatorData: ArrayBuffer;
    clientDataJSON: ArrayBuffer;
    signature: ArrayBuffer;
    userHandle: ArrayBuffer | null;
  };
  getClientExtensionResults?: () => unknown;
};

/** webauthn-rs `RegisterPublicKeyCredential`. */
export type RegistrationJSON = {
  id: string;
  rawId: string;
  type: string;
  response: { attestationObject: string; clientDataJSON: string; transports?: string[] };
  extensions: { credProps?: { rk?: boolean }; appid?: boolean };
};

/** webauthn-rs `PublicKeyCredential`. */
export type AssertionJSON = {
  id: string;
  rawId: string;
  type: string;
  response: {
    authenticatorData: string;
    clientDataJSON: string;
    signature: string;
    userHandle: string | null;
  };
  extensions: { appid?: boolean };
};

/** The client extension outputs webauthn-rs reads; others are left out so they cannot fail parsing. */
function extensionsOf(credential: { getClientExtensionResults?: () => unknown }): Json {
  let results: Json = {};
  try {
    const raw = credential.getClientExtensionResults?.();
    if (raw && typeof raw === 'object') results = raw as Json;
  } catch {
    // Not every browser implements it.
  }
  const out: Json = {};
  if (typeof results.appid === 'boolean') out.appid = results.appid;
  const props = results.credProps as Json | undefined;
  if (props && typeof props === 'object' && typeof props.rk === 'boolean') {
    out.credProps = { rk: props.rk };
  }
  return out;
}

/** The registration answer as `finishPasskeyRegistration` takes it. */
export function registrationToJSON(credential: AttestationCredential): RegistrationJSON {
  const response: RegistrationJSON['response'] = {
    attestationObject: bufferToBase64url(credential.response.attestationObject),
    clientDataJSON: bufferToBase64url(credential.response.clientDataJSON),
  };
  try {
    const transports = credential.response.getTransports?.();
    if (Array.isArray(transports)) response.transports = transports;
  } catch {
    // Optional.
  }
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response,
    extensions: extensionsOf(credential),
  };
}

/** The sign-in answer as `finishPasskeyLogin` takes it. */
export function assertionToJSON(credential: AssertionCredential): AssertionJSON {
  const handle = credential.response.userHandle;
  const extensions = extensionsOf(credential);
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response: {
      authenticatorData: bufferToBase64url(credential.response.authenticatorData),
      clientDataJSON: bufferToBase64url(credential.response.clientDataJSON),
      signature: bufferToBase64url(credential.response.signature),
      userHandle: handle && handle.byteLength > 0 ? bufferToBase64url(handle) : null,
    },
    extensions: typeof extensions.appid === 'boolean' ? { appid: extensions.appid } : {},
  };
}

/** Whether this runtime can make and use passkeys (a browser with WebAuthn). */
export function passkeysSupported(): boolean {
  const g = globalThis as { PublicKeyCredential?: unknown; navigator?: { credentials?: unknown } };
  return typeof g.PublicKeyCredential !== 'undefined' && !!g.navigator?.credentials;
}

/** Asks the device to make a passkey; the answer for `finishPasskeyRegistration`. */
export async function createPasskey(options: unknown): Promise<RegistrationJSON> {
  const credential = await navigator.credentials.create(creationOptionsFromJSON(options));
  if (!credential) throw new Error('No passkey was created.');
  return registrationToJSON(credential as unknown as AttestationCredential);
}

/** Asks the device to sign in with a passkey; the answer for `finishPasskeyLogin`. */
export async function getPasskey(options: unknown): Promise<AssertionJSON> {
  const credential = await navigator.credentials.get(requestOptionsFromJSON(options));
  if (!credential) throw new Error('No passkey was chosen.');
  return assertionToJSON(credential as unknown as AssertionCredential);
}

/**
 * A plain message for a browser's WebAuthn refusal (a `DOMException`), or
 * null when `error` is not one (a server error, say).
 */
export function describeWebAuthnError(error: unknown): string | null {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return 'The passkey request was cancelled or timed out.';
    case 'InvalidStateError':
      return 'This device already holds a passkey for your account.';
    case 'SecurityError':
      return 'Passkeys do not work on this address of the app.';
    case 'NotSupportedError':
      return 'This device or browser does not support passkeys.';
    case 'ConstraintError':
      return 'This device cannot verify you (no screen lock set up?).';
    default:
      return null;
  }
}
