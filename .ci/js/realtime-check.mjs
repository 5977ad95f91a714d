// Drives the realtime edge of a running `stunxt up` with the reference
// `graphql-ws` client: connection_init with a token, subscribe/next,
// ping/pong, complete, and the close codes a client meets (4403 refused
// token, 4409 duplicate id; 4408 and 4429 over a raw socket).
//
// usage: node realtime-check.mjs <router /graphql URL> <realtime ws:// URL>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [api, wsUrl] = process.argv.slice(2);
if (!api || !wsUrl) {
  console.error('usage: node realtime-check.mjs <router url> <realtime ws url>');
  process.exit(2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function check(ok, what) {
  if (!ok) {
    console.error(`FAIL: ${what}`);
    process.exit(1);
  }
  console.log(`ok: ${what}`);
}

async function gql(token, query, variables = {}) {
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function register(name) {
  const body = await gql(
    null,
    `mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }`,
    { i: { email: `${name}@example.org`, password: 'correct horse battery', username: name, displayName: name } },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { token: body.data.register.accessToken, id: body.data.register.user.id };
}

const suffix = Date.now().toString(36);
const [ana, bo, cy] = await Promise.all(['ana', 'bo', 'cy'].map((n) => register(`${n}${suffix}`)));
const community = await gql(
  ana.token,
  `mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
  { i: { name: 'Realtime', slug: `rt-${suffix}` } },
);
const communityId = community.data.createCommunity.id;
for (const member of [bo, cy]) {
  await gql(member.token, `mutation($c: ID!) { joinCommunity(communityId: $c) { role } }`, { c: communityId });
}
// Memberships reach messaging through the event bus.
let group = null;
for (let i = 0; i < 100 && !group; i += 1) {
  const created = await gql(
    ana.token,
    `mutation($i: CreateGroupInput!) { createGroupConversation(input: $i) { id } }`,
    { i: { name: 'Crew', memberIds: [bo.id, cy.id] } },
  );
  group = created.data?.createGroupConversation?.id ?? null;
  if (!group) await sleep(100);
}
check(group, 'a group conversation through the router');
const send = (body) =>
  gql(ana.token, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`, {
    i: { conversationId: group, body },
  });

function client(token, options = {}) {
  const closes = [];
  let pongs = 0;
  const c = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => closes.push(event.code), pong: () => { pongs += 1; } },
    ...options,
  });
  return { c, closes, pongs: () => pongs };
}

const EVENTS = `subscription($c: ID!) { messageEvents(conversationId: $c) { type message { body senderId } } }`;

// Subscribe, next, complete.
{
  const { c, pongs } = client(bo.token, { keepAlive: 50 });
  const received = [];
  const unsubscribe = c.subscribe(
    { query: EVENTS, variables: { c: group } },
    { next: (value) => received.push(value), error: (err) => received.push({ error: err }), complete: () => {} },
  );
  for (let i = 0; i < 50 && received.length === 0; i += 1) {
    await send(`warm-up ${i}`);
    await sleep(100);
  }
  check(received.length > 0 && !received[0].error, 'subscribe delivers `next` with the message');
  check(received[0].data.messageEvents.type === 'MESSAGE_ADDED', 'the event names its type');
  check(received[0].data.messageEvents.message.senderId === ana.id, 'the message carries its sender');
  await sleep(150);
  check(pongs() > 0, 'ping answered with pong');
  unsubscribe();
  await sleep(100);
  const before = received.length;
  await send('after complete');
  await sleep(300);
  check(received.length === before, 'complete stops the subscription');
  await c.dispose();
}

// A refused token closes with 4403.
{
  const { c, closes } = client('not-a-token');
  const errors = [];
  c.subscribe({ query: EVENTS, variables: { c: group } }, { next: () => {}, error: (e) => errors.push(e), complete: () => {} });
  for (let i = 0; i < 50 && closes.length === 0; i += 1) await sleep(50);
  check(closes[0] === 4403, `a refused token closes with 4403 (got ${closes[0]})`);
  await c.dispose();
}

// A duplicate subscription id closes with 4409.
{
  const { c, closes } = client(bo.token, { generateID: () => 'same-id' });
  const sink = { next: () => {}, error: () => {}, complete: () => {} };
  c.subscribe({ query: EVENTS, variables: { c: group } }, sink);
  await sleep(200);
  c.subscribe({ query: EVENTS, variables: { c: group } }, sink);
  for (let i = 0; i < 50 && closes.length === 0; i += 1) await sleep(50);
  check(closes[0] === 4409, `a duplicate id closes with 4409 (got ${closes[0]})`);
  await c.dispose();
}

// Raw sockets: no connection_init in time (4408), two of them (4429).
function raw(messages) {
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    socket.on('open', () => messages.forEach((m) => socket.send(JSON.stringify(m))));
    socket.on('close', (code) => resolve(code));
  });
}
check((await raw([])) === 4408, 'no connection_init in time closes with 4408');
const init = { type: 'connection_init', payload: { token: bo.token } };
check((await raw([init, init])) === 4429, 'a second connection_init closes with 4429');
console.log('realtime protocol checks passed');
