// A small line chart as inline SVG (issue 5: events per second and heartbeat RTT; no chart library).

export interface SparklineProps {
  label: string;
  points: readonly { at: number; value: number }[];
  noData: string;
  latest: (value: number) => string;
  width?: number;
  height?: number;
}

export function Sparkline({ label, points, noData, latest, width = 320, height = 60 }: SparklineProps) {
  const last = points.at(-1);
  return (
    <figure className="kd-chart">
      <figcaption>
        {label}
        {last && <span className="kd-muted"> · {latest(last.value)}</span>}
      </figcaption>
      {points.length < 2 ? (
        <p className="kd-muted">{noData}</p>
      ) : (
        <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <polyline fill="none" stroke="currentColor" strokeWidth={1.5} points={toPolyline(points, width, height)} />
        </svg>
      )}
    </figure>
  );
}

/** Maps time to x and value to y (0 at the bottom, the series maximum at the top). */
export function toPolyline(points: readonly { at: number; value: number }[], width: number, height: number): string {
  if (points.length === 0) return '';
  const t0 = points[0]?.at ?? 0;
  const t1 = points.at(-1)?.at ?? t0;
  const span = Math.max(1, t1 - t0);
  const max = Math.max(1, ...points.map((p) => p.value));
  const pad = 2;
  return points
    .map((p) => {
      const x = ((p.at - t0) / span) * width;
      const y = height - pad - (Math.max(0, p.value) / max) * (height - 2 * pad);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

const round = (n: number): number => Math.round(n * 10) / 10;
