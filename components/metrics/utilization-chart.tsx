'use client';
// One utilization chart (average and maximum, percent) drawn by uPlot, which is loaded only when a chart is on
// screen (a dynamic import: list pages never download it). Deployments are dashed vertical lines, scaling activities
// solid green ones (both named below the charts), and a target tracking policy's target value a horizontal line.
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import type { ChartScaling } from '@/lib/autoscaling/auto-scaling-view';
import { type DeploymentMarker, latest } from '@/lib/metrics/metrics-view';

export interface ChartSeries {
  timestamps: number[];
  average: (number | null)[];
  maximum: (number | null)[];
}

const HEIGHT = 200;

export const SCALING_COLOR = '#15803d';
export const TARGET_COLOR = '#7e22ce';

/** Vertical lines at the markers' times, and a horizontal one at the target value. */
function markersPlugin(markers: readonly DeploymentMarker[], scaling: ChartScaling): uPlot.Plugin {
  const vertical = (u: uPlot, at: number, color: string, dash: number[]) => {
    const { ctx, bbox } = u;
    const x = u.valToPos(at, 'x', true);
    if (x < bbox.left || x > bbox.left + bbox.width) return;
    ctx.strokeStyle = color;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
  };
  return {
    hooks: {
      draw: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.lineWidth = 1;
        for (const m of markers) vertical(u, m.at, '#a16207', [4, 4]);
        for (const a of scaling.activities) vertical(u, a.at, SCALING_COLOR, []);
        if (scaling.target !== undefined) {
          const y = u.valToPos(scaling.target, 'y', true);
          ctx.strokeStyle = TARGET_COLOR;
          ctx.setLineDash([8, 4]);
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(bbox.left, y);
          ctx.lineTo(bbox.left + bbox.width, y);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };
}

const NO_SCALING: ChartScaling = { activities: [] };

export function UtilizationChart({
  title,
  series,
  markers,
  scaling = NO_SCALING,
  start,
  end,
}: {
  title: string;
  series: ChartSeries;
  markers: readonly DeploymentMarker[];
  /** The service's auto scaling on this chart: its target line and activity marks. */
  scaling?: ChartScaling;
  start: number;
  end: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const hasData = series.timestamps.length > 0;
  const avg = latest(series.average);
  const max = latest(series.maximum);

  useEffect(() => {
    if (!hasData || !box.current) return;
    let plot: uPlot | undefined;
    let cancelled = false;
    const el = box.current;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      plot = new UPlot(
        {
          width: Math.max(280, el.clientWidth),
          height: HEIGHT,
          scales: {
            x: { time: true, range: [start, end] },
            y: { range: (_u, _min, hi) => [0, Math.max(100, Math.ceil(hi ?? 0))] },
          },
          axes: [{}, { values: (_u, ticks) => ticks.map((t) => `${t}%`) }],
          series: [
            {},
            { label: 'Average', stroke: '#0369a1', width: 2, spanGaps: false },
            { label: 'Maximum', stroke: '#dc2626', width: 1, dash: [6, 3], spanGaps: false },
          ],
          plugins: [markersPlugin(markers, scaling)],
        },
        [series.timestamps, series.average, series.maximum],
        el,
      );
    });
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    return () => {
      cancelled = true;
      resize.disconnect();
      plot?.destroy();
    };
  }, [hasData, series, markers, scaling, start, end]);

  return (
    <figure className="min-w-0 flex-1 rounded border border-zinc-200 p-3 dark:border-zinc-700" aria-label={title}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-bold">{title}</span>
        {hasData && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            Latest: average {avg === undefined ? '-' : `${avg}%`}, maximum {max === undefined ? '-' : `${max}%`}
            {scaling.target !== undefined && `; scaling target ${scaling.target}%`}
          </span>
        )}
      </figcaption>
      {hasData ? (
        <div
          ref={box}
          role="img"
          aria-label={`${title} chart, average and maximum, ${series.timestamps.length} points${scaling.target === undefined ? '' : `, target ${scaling.target}%`}`}
          className="mt-2"
          style={{ minHeight: HEIGHT }}
        />
      ) : (
        <p
          className="mt-2 flex items-center justify-center rounded bg-zinc-50 text-sm text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400"
          style={{ height: HEIGHT }}
        >
          No data available. Metrics appear a minute after tasks start running.
        </p>
      )}
    </figure>
  );
}
