// The seller announces in a room, as the trade's seller would from another device:
//   node announce.mjs <server url> <room id> <username> <password> <text>
// scripts/screenshots uses it to photograph the banner of another room's news.
const [server, room, username, password, text] = process.argv.slice(2);
if (!text) {
  console.error('usage: announce.mjs <server url> <room id> <username> <password> <text>');
  process.exit(2);
}
const login = await fetch(`${server}/api/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username, password }),
});
if (!login.ok) throw new Error(`login of ${username}: ${login.status}`);
const { token } = await login.json();
const posted = await fetch(`${server}/api/chat/rooms/${room}/notifications`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: JSON.stringify({ content: text }),
});
if (posted.status !== 201) throw new Error(`announce: ${posted.status}`);
