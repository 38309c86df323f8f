import { initials } from '@/lib/format';

const hues = [12, 38, 152, 190, 220, 262, 292, 330];

export function Avatar({ name, seed, size = 'md' }: { name: string; seed: number | string; size?: 'sm' | 'md' }) {
  const n = typeof seed === 'number' ? seed : [...seed].reduce((a, c) => a + c.charCodeAt(0), 0);
  const hue = hues[Math.abs(n) % hues.length];
  return (
    <span className={`avatar avatar-${size}`} style={{ background: `hsl(${hue} 65% 92%)`, color: `hsl(${hue} 55% 32%)` }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
