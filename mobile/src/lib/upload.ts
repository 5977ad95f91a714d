import type { ApolloClient } from '@apollo/client';

import { graphql } from '@/gql';
import type { Purpose } from '@/gql/graphql';

const CreateUpload = graphql(`
  mutation CreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) {
      uploadUrl
      uploadHeaders { name value }
      parts { partNumber offset byteSize url headers { name value } }
      asset { id }
    }
  }
`);

const CompleteUpload = graphql(`
  mutation CompleteUpload($id: ID!) {
    completeUpload(id: $id) {
      id
      filename
      contentType
      status
      width
      height
      url(variant: MEDIUM)
    }
  }
`);

/** A picked file: a `file:`, `blob:` or `data:` URI with its name and type. */
export type LocalFile = { uri: string; name: string; type: string };

export type UploadedAsset = NonNullable<
  Awaited<ReturnType<typeof upload>>
>;

/**
 * The media upload flow: `createUpload` reserves an asset and answers where
 * to send the bytes (one URL, or parts for large files), the bytes go there
 * with the headers it names, and `completeUpload` has the media subgraph
 * check and process them.
 */
export async function upload(client: ApolloClient, file: LocalFile, purpose: Purpose) {
  const blob = await (await fetch(file.uri)).blob();
  const created = await client.mutate({
    mutation: CreateUpload,
    variables: {
      input: {
        filename: file.name,
        contentType: file.type || blob.type || 'application/octet-stream',
        byteSize: blob.size,
        purpose,
      },
    },
  });
  const target = created.data?.createUpload;
  if (!target) throw new Error('The server did not accept the upload.');
  const headers = (list: { name: string; value: string }[]) =>
    Object.fromEntries(list.map((h) => [h.name, h.value]));
  if (target.uploadUrl) {
    await put(target.uploadUrl, blob, headers(target.uploadHeaders));
  } else {
    for (const part of target.parts) {
      await put(part.url, blob.slice(part.offset, part.offset + part.byteSize), headers(part.headers));
    }
  }
  const done = await client.mutate({ mutation: CompleteUpload, variables: { id: target.asset.id } });
  const asset = done.data?.completeUpload;
  if (!asset) throw new Error('The upload could not be completed.');
  return asset;
}

async function put(url: string, body: Blob, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'PUT', body, headers });
  if (!response.ok) {
    throw new Error(`Uploading failed (${response.status}).`);
  }
}
