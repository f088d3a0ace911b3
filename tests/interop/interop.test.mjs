// @stomp/stompjs (over `ws`, as in Node) against a running gonggu-server.
// The C++ driver (tst_interop) starts the server, creates the room, sits in it
// with a QWebSocket client and passes everything through the environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';

Object.assign(globalThis, { WebSocket }); // stompjs' documented Node set-up

const url = process.env.GONGGU_WS_URL;
const token = process.env.GONGGU_TOKEN;
const roomId = process.env.GONGGU_ROOM_ID;
const peerId = process.env.GONGGU_PEER_ID;
let peerMessageId = 0; // the Qt client's answer, once the first test has seen it

function connect(connectHeaders) {
  return new Promise((resolve, reject) => {
    const client = new Client({
      brokerURL: url,
      connectHeaders,
      reconnectDelay: 0,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
      onConnect: (frame) => resolve({ client, frame }),
      onStompError: (frame) => reject(Object.assign(new Error(frame.headers.message), { frame })),
      onWebSocketError: (event) => reject(new Error(`websocket error: ${event.message ?? event}`)),
    });
    client.activate();
  });
}

function nextMessage(queue, predicate, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for a message')), timeoutMs);
    const check = () => {
      const index = queue.items.findIndex(predicate);
      if (index >= 0) {
        clearTimeout(timer);
        queue.waiters.delete(check);
        resolve(queue.items.splice(index, 1)[0]);
      }
    };
    queue.waiters.add(check);
    check();
  });
}

function queueFor(client, destination, headers = {}) {
  const queue = { items: [], waiters: new Set() };
  client.subscribe(destination, (message) => {
    queue.items.push(message);
    for (const waiter of [...queue.waiters]) waiter();
  }, headers);
  return queue;
}

test('connects with a bearer token, chats with a Qt client, gets refusals', async () => {
  const { client, frame } = await connect({ Authorization: `Bearer ${token}` });
  assert.equal(frame.headers.version, '1.2');
  assert.match(frame.headers.server, /^gonggu\//);
  assert.ok(frame.headers['user-name']);

  const errors = queueFor(client, '/user/queue/errors');
  // The SUBSCRIBE's receipt shows that the subscription is live (and that we are a
  // VIEWER, announced to the room only with our first message).
  const subscribed = new Promise((resolve) => client.watchForReceipt('sub-chat', resolve));
  const chat = queueFor(client, `/topic/chat/${roomId}`, { receipt: 'sub-chat' });
  await subscribed;

  // SEND with a receipt: the receipt comes only after the commit.
  const receipt = new Promise((resolve) => client.watchForReceipt('interop-1', resolve));
  client.publish({
    destination: `/app/chat/${roomId}`,
    headers: { receipt: 'interop-1', 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'CHAT', content: '<b>hello from stompjs</b> 🍊', clientMsgId: 'js-0001' }),
  });
  await receipt;
  const joined = await nextMessage(chat, (m) => JSON.parse(m.body).event === 'JOINED');
  assert.equal(joined.headers['content-type'], 'application/json');
  const echoed = await nextMessage(chat, (m) => JSON.parse(m.body).clientMsgId === 'js-0001');
  assert.ok(BigInt(joined.headers['message-id']) < BigInt(echoed.headers['message-id']),
    'the viewer arrives just before their first message');
  const body = JSON.parse(echoed.body);
  assert.equal(body.content, '<b>hello from stompjs</b> 🍊');
  assert.equal(echoed.headers['message-id'], String(body.id));

  // The Qt client answers once it has seen ours.
  const answer = await nextMessage(chat, (m) => JSON.parse(m.body).senderId === peerId);
  assert.equal(JSON.parse(answer.body).content, 'hello from Qt');
  peerMessageId = JSON.parse(answer.body).id;

  // A refused frame: buyers may not post notifications.
  client.publish({
    destination: `/app/chat/${roomId}`,
    headers: { receipt: 'interop-2' },
    body: JSON.stringify({ type: 'NOTIFICATION', content: 'not mine to send' }),
  });
  const refusal = JSON.parse((await nextMessage(errors, () => true)).body);
  assert.equal(refusal.code, 'FORBIDDEN');
  assert.equal(refusal.receiptId, 'interop-2');
  await client.deactivate();
});

// The chat essentials' frames (extensions), as a stompjs client sends them.
test('reacts, types and marks read with SEND frames', async () => {
  assert.ok(peerMessageId, "the Qt client's message from the first test");
  const { client } = await connect({ Authorization: `Bearer ${token}` });
  const errors = queueFor(client, '/user/queue/errors');
  const subscribed = new Promise((resolve) => client.watchForReceipt('sub-typing', resolve));
  const chat = queueFor(client, `/topic/chat/${roomId}`);
  const typing = queueFor(client, `/topic/typing/${roomId}`, { receipt: 'sub-typing' });
  await subscribed;

  // A reaction is the whole message again, same id, under a message-id of its own.
  const reacted = new Promise((resolve) => client.watchForReceipt('react-1', resolve));
  client.publish({
    destination: `/app/chat/${roomId}/react`,
    headers: { receipt: 'react-1' },
    body: JSON.stringify({ messageId: peerMessageId, emoji: '👍', on: true }),
  });
  await reacted;
  const changed = await nextMessage(chat, (m) => JSON.parse(m.body).id === peerMessageId);
  assert.deepEqual(JSON.parse(changed.body).reactions, [{ emoji: '👍', count: 1 }]);
  assert.notEqual(changed.headers['message-id'], String(peerMessageId));
  // Not in the set: refused with the field named, nothing changes.
  client.publish({
    destination: `/app/chat/${roomId}/react`,
    headers: { receipt: 'react-2' },
    body: JSON.stringify({ messageId: peerMessageId, emoji: '🍊', on: true }),
  });
  const refusal = JSON.parse((await nextMessage(errors, () => true)).body);
  assert.equal(refusal.code, 'BAD_REQUEST');
  assert.equal(refusal.field, 'emoji');
  assert.equal(refusal.receiptId, 'react-2');

  // Typing: the room hears who types, then that nobody does.
  client.publish({ destination: `/app/chat/${roomId}/typing`, body: JSON.stringify({ typing: true }) });
  const started = await nextMessage(typing, (m) => JSON.parse(m.body).typing.length === 1);
  assert.equal(JSON.parse(started.body).roomId, Number(roomId));
  client.publish({ destination: `/app/chat/${roomId}/typing`, body: JSON.stringify({ typing: false }) });
  await nextMessage(typing, (m) => JSON.parse(m.body).typing.length === 0);

  // Read up to the Qt client's message: the room as REST shows it says so.
  const read = new Promise((resolve) => client.watchForReceipt('read-1', resolve));
  client.publish({
    destination: `/app/chat/${roomId}/read`,
    headers: { receipt: 'read-1' },
    body: JSON.stringify({ messageId: peerMessageId }),
  });
  await read;
  const http = url.replace(/^ws/, 'http').replace(/\/ws$/, '');
  const room = await (await fetch(`${http}/api/chat/rooms/${roomId}`, {
    headers: { Authorization: `Bearer ${token}` },
  })).json();
  assert.equal(room.lastReadMessageId, peerMessageId);
  assert.equal(room.unreadCount, 0);
  await client.deactivate();
});

test('the passcode header carries the token too', async () => {
  const { client, frame } = await connect({ passcode: token });
  assert.equal(frame.headers.version, '1.2');
  await client.deactivate();
});

test('a bad token gets an ERROR frame', async () => {
  await assert.rejects(connect({ Authorization: 'Bearer not-a-token' }), (error) => {
    assert.equal(error.frame.command, 'ERROR');
    assert.equal(error.frame.headers.message, 'UNAUTHORIZED');
    return true;
  });
});
