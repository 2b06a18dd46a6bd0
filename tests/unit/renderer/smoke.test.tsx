// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';

it('renders React in the DOM test environment', () => {
  render(<button aria-label="hello">hi</button>);
  expect(screen.getByRole('button', { name: 'hello' }).textContent).toBe('hi');
});
