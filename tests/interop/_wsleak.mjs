import WebSocket from 'ws';
function open(i) { return new Promise((resolve) => {
    const ws = new WebSocket('ws://127.0.0.1:18556/ws', ['v12.stomp']);
    ws.on('open', () => { resolve(ws); });
    ws.on('error', (e) => { console.log(i, 'error', e.message); process.exit(1); });
  });}
const n = Number(process.argv[2]);
for (let i = 0; i < n; i++) { const w = await open(i); if (i % 2) w.close(); else w.terminate(); }
await new Promise(r => setTimeout(r, 1000));
process.exit(0);
