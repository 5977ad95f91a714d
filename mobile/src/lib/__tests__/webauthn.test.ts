/// <reference types="jest" />
import {
  type AssertionCredential,
  type AttestationCredential,
  assertionToJSON,
  base64urlToBuffer,
  bufferToBase64url,
  createPasskey,
  creationOptionsFromJSON,
  describeWebAuthnError,
  getPasskey,
  registrationToJSON,
  requestOptionsFromJSON,
} from '@/lib/webauthn';

// Node's Buffer (jest runs on Node): an independent base64url encoder.
declare const Buffer: {
  from(
    data: Uint8Array | ArrayBuffer | string,
    encoding?: 'utf8' | 'hex' | 'base64',
  ): Uint8Array & { toString(encoding?: 'utf8' | 'base64' | 'base64url'): string };
};

/** Node's encoder, as the reference. */
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytesOf = (buffer: ArrayBuffer | ArrayBufferView | BufferSource) =>
  Array.from(
    ArrayBuffer.isView(buffer)
      ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      : new Uint8Array(buffer as ArrayBuffer),
  );
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;
const text = (s: string) => arrayBuffer(new Uint8Array(Buffer.from(s, 'utf8')));
const seq = (n: number, from = 0) => new Uint8Array(Array.from({ length: n }, (_, i) => (from + i * 37) & 0xff));

// Shaped like webauthn-rs 0.5 `CreationChallengeResponse` / `RequestChallengeResponse`.
const challenge = seq(32, 7);
const userId = new Uint8Array(Buffer.from('0192f0c4a1b27c3e9d4f5a6b7c8d9e0f', 'hex'));
const existing = seq(16, 200);
const creation = {
  publicKey: {
    rp: { name: 'StunxtV2', id: 'localhost' },
    user: { id: b64(userId), name: 'ana', displayName: 'Ana Lovelace' },
    challenge: b64(challenge),
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    timeout: 300000,
    excludeCredentials: [{ type: 'public-key', id: b64(existing) }],
    authenticatorSelection: {
      residentKey: 'discouraged',
      requireResidentKey: false,
      userVerification: 'required',
    },
    attestation: 'none',
    extensions: {
      credentialProtectionPolicy: 'userVerificationRequired',
      enforceCredentialProtectionPolicy: false,
      uvm: true,
      credProps: true,
    },
  },
};
const request = {
  publicKey: {
    challenge: b64(challenge),
    timeout: 300000,
    rpId: 'localhost',
    allowCredentials: [{ type: 'public-key', id: b64(existing), transports: ['internal'] }],
    userVerification: 'required',
  },
};

describe('base64url', () => {
  it('encodes like Node for every length and decodes back', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = seq(n, n * 3);
      const encoded = bufferToBase64url(bytes.buffer);
      expect(encoded).toBe(b64(bytes));
      expect(encoded).not.toMatch(/[=+/]/);
      expect(bytesOf(base64urlToBuffer(encoded))).toEqual(Array.from(bytes));
    }
  });

  it('reads views at an offset, padded and standard base64', () => {
    const bytes = seq(10);
    expect(bufferToBase64url(bytes.subarray(3, 8))).toBe(b64(bytes.subarray(3, 8)));
    const padded = Buffer.from(bytes).toString('base64');
    expect(bytesOf(base64urlToBuffer(padded))).toEqual(Array.from(bytes));
  });

  it('refuses what is not base64url', () => {
    expect(() => base64urlToBuffer('ab$d')).toThrow();
    expect(() => base64urlToBuffer('abcde')).toThrow();
  });
});

describe('options from the server', () => {
  it('turns registration options into ArrayBuffers and keeps the rest', () => {
    const before = JSON.stringify(creation);
    const { publicKey } = creationOptionsFromJSON(creation);
    expect(JSON.stringify(creation)).toBe(before);
    expect(publicKey).toBeDefined();
    const pk = publicKey!;
    expect(pk.challenge).toBeInstanceOf(ArrayBuffer);
    expect(bytesOf(pk.challenge)).toEqual(Array.from(challenge));
    expect(pk.user.id).toBeInstanceOf(ArrayBuffer);
    expect(bytesOf(pk.user.id)).toEqual(Array.from(userId));
    expect(pk.user.name).toBe('ana');
    expect(pk.user.displayName).toBe('Ana Lovelace');
    expect(pk.excludeCredentials).toHaveLength(1);
    expect(pk.excludeCredentials![0]!.type).toBe('public-key');
    expect(bytesOf(pk.excludeCredentials![0]!.id)).toEqual(Array.from(existing));
    expect(pk.rp).toEqual({ name: 'StunxtV2', id: 'localhost' });
    expect(pk.pubKeyCredParams).toEqual(creation.publicKey.pubKeyCredParams);
    expect(pk.authenticatorSelection).toEqual(creation.publicKey.authenticatorSelection);
    expect(pk.timeout).toBe(300000);
    // And back: what the server sent, byte for byte.
    expect(bufferToBase64url(pk.challenge as ArrayBuffer)).toBe(creation.publicKey.challenge);
    expect(bufferToBase64url(pk.user.id as ArrayBuffer)).toBe(creation.publicKey.user.id);
  });

  it('accepts registration options without an exclude list', () => {
    const { excludeCredentials: _, ...rest } = creation.publicKey;
    const { publicKey } = creationOptionsFromJSON({ publicKey: rest });
    expect(publicKey!.excludeCredentials).toBeUndefined();
  });

  it('turns sign-in options into ArrayBuffers', () => {
    const { publicKey } = requestOptionsFromJSON(request);
    const pk = publicKey!;
    expect(bytesOf(pk.challenge)).toEqual(Array.from(challenge));
    expect(pk.rpId).toBe('localhost');
    expect(pk.userVerification).toBe('required');
    expect(pk.allowCredentials).toHaveLength(1);
    expect(bytesOf(pk.allowCredentials![0]!.id)).toEqual(Array.from(existing));
    expect(pk.allowCredentials![0]!.transports).toEqual(['internal']);
  });

  it('leaves out an empty allow list (discoverable sign-in)', () => {
    const { publicKey } = requestOptionsFromJSON({
      publicKey: { ...request.publicKey, allowCredentials: [] },
    });
    expect(publicKey!.allowCredentials).toBeUndefined();
  });

  it('refuses options without a challenge', () => {
    expect(() => creationOptionsFromJSON({})).toThrow();
    expect(() => requestOptionsFromJSON({ publicKey: { rpId: 'localhost' } })).toThrow();
  });
});

const rawId = seq(32, 90);
const clientData = (type: string) =>
  JSON.stringify({
    type,
    challenge: creation.publicKey.challenge,
    origin: 'http://localhost:8081',
    crossOrigin: false,
  });

function attestation(): AttestationCredential {
  return {
    id: b64(rawId),
    rawId: arrayBuffer(rawId),
    type: 'public-key',
    response: {
      attestationObject: arrayBuffer(seq(180, 11)),
      clientDataJSON: text(clientData('webauthn.create')),
      getTransports: () => ['internal', 'hybrid'],
    },
    getClientExtensionResults: () => ({ credProps: { rk: true }, unknownThing: { x: 1 } }),
  };
}

function assertion(handle: ArrayBuffer | null): AssertionCredential {
  return {
    id: b64(rawId),
    rawId: arrayBuffer(rawId),
    type: 'public-key',
    response: {
      authenticatorData: arrayBuffer(seq(37, 5)),
      clientDataJSON: text(clientData('webauthn.get')),
      signature: arrayBuffer(seq(71, 13)),
      userHandle: handle,
    },
    getClientExtensionResults: () => ({}),
  };
}

describe('answers for the server', () => {
  it('serialises a registration as webauthn-rs RegisterPublicKeyCredential', () => {
    const json = registrationToJSON(attestation());
    expect(json).toEqual({
      id: b64(rawId),
      rawId: b64(rawId),
      type: 'public-key',
      response: {
        attestationObject: b64(seq(180, 11)),
        clientDataJSON: Buffer.from(clientData('webauthn.create')).toString('base64url'),
        transports: ['internal', 'hybrid'],
      },
      extensions: { credProps: { rk: true } },
    });
    // Survives JSON (the GraphQL variable) and decodes to what the device signed.
    const sent = JSON.parse(JSON.stringify(json)) as typeof json;
    const decoded = JSON.parse(
      Buffer.from(base64urlToBuffer(sent.response.clientDataJSON)).toString('utf8'),
    ) as { challenge: string; type: string };
    expect(decoded.type).toBe('webauthn.create');
    expect(decoded.challenge).toBe(creation.publicKey.challenge);
    expect(bytesOf(base64urlToBuffer(sent.rawId))).toEqual(Array.from(rawId));
  });

  it('copes without getTransports or extension results', () => {
    const credential = attestation();
    delete credential.response.getTransports;
    delete credential.getClientExtensionResults;
    const json = registrationToJSON(credential);
    expect(json.response.transports).toBeUndefined();
    expect(json.extensions).toEqual({});
  });

  it('serialises a sign-in as webauthn-rs PublicKeyCredential', () => {
    const json = assertionToJSON(assertion(arrayBuffer(userId)));
    expect(json).toEqual({
      id: b64(rawId),
      rawId: b64(rawId),
      type: 'public-key',
      response: {
        authenticatorData: b64(seq(37, 5)),
        clientDataJSON: Buffer.from(clientData('webauthn.get')).toString('base64url'),
        signature: b64(seq(71, 13)),
        userHandle: b64(userId),
      },
      extensions: {},
    });
  });

  it('sends no user handle when the device gives none', () => {
    expect(assertionToJSON(assertion(null)).response.userHandle).toBeNull();
    expect(assertionToJSON(assertion(new ArrayBuffer(0))).response.userHandle).toBeNull();
  });
});

describe('the browser ceremony', () => {
  const g = globalThis as unknown as { navigator?: unknown };
  let saved: PropertyDescriptor | undefined;
  beforeEach(() => {
    saved = Object.getOwnPropertyDescriptor(g, 'navigator');
  });
  afterEach(() => {
    if (saved) Object.defineProperty(g, 'navigator', saved);
    else delete g.navigator;
  });

  it('creates and gets passkeys with converted options', async () => {
    const create = jest.fn(async (_: CredentialCreationOptions) => attestation());
    const get = jest.fn(async (_: CredentialRequestOptions) => assertion(null));
    Object.defineProperty(g, 'navigator', {
      value: { credentials: { create, get } },
      configurable: true,
      writable: true,
    });

    const registered = await createPasskey(creation);
    expect(bytesOf(create.mock.calls[0]![0].publicKey!.challenge)).toEqual(Array.from(challenge));
    expect(registered.rawId).toBe(b64(rawId));

    const signed = await getPasskey(request);
    expect(bytesOf(get.mock.calls[0]![0].publicKey!.challenge)).toEqual(Array.from(challenge));
    expect(signed.response.signature).toBe(b64(seq(71, 13)));
  });

  it('names browser refusals', () => {
    expect(describeWebAuthnError({ name: 'NotAllowedError' })).toMatch(/cancelled/);
    expect(describeWebAuthnError({ name: 'InvalidStateError' })).toMatch(/already/);
    expect(describeWebAuthnError(new Error('network'))).toBeNull();
    expect(describeWebAuthnError(null)).toBeNull();
  });
});
