import { z } from 'zod';

// The gateway's Content-Security-Policy forbids eval. Left alone, zod probes for it with
// `new Function` as each object schema is made, and the browser reports a violation. This
// module is main.tsx's first import, so it runs before any schema exists.
z.config({ jitless: true });
