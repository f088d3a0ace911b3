// Members who keep typing in a room, through @stomp/stompjs, until killed:
//   node typists.mjs <server url> <room id> <password> <username>...
// scripts/screenshots uses it to photograph "… are typing".
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';

const [server, room, password, ...users] = process.argv.slice(2);
if (!server || !room || users.length === 0) {
  console.error('usage: typists.mjs <server url> <room id> <password> <username>...');
  process.exit(2);
}

for (const username of users) {
  const answer = await fetch(`${server}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!answer.ok) throw new Error(`login of ${username}: ${answer.status}`);
  const { token } = await answer.json();
  const client = new Client({
    webSocketFactory: () => new WebSocket(`${server.replace(/^http/, 'ws')}/ws`, ['v12.stomp']),
    connectHeaders: { Authorization: `Bearer ${token}` },
  });
  // The server lets a typing start go out once per 3 s and forgets it after 5 s.
  const type = () => client.publish({ destination: `/app/chat/${room}/typing`, body: JSON.stringify({ typing: true }) });
  client.onConnect = () => { type(); setInterval(type, 2500); };
  client.activate();
}
