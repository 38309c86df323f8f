import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectionIndicator } from './connection-indicator';

describe('ConnectionIndicator', () => {
  it.each([
    ['live', 'Live'],
    ['reconnecting', 'Reconnecting…'],
    ['offline', 'Offline'],
    ['connecting', 'Connecting…'],
  ] as const)('shows %s as “%s”', (status, label) => {
    render(<ConnectionIndicator status={status} />);
    const el = screen.getByRole('status');
    expect(el).toHaveTextContent(label);
    expect(el).toHaveAttribute('data-status', status);
  });
});
