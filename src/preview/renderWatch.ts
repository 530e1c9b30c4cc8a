// A worker tells the server when it starts and ends each render of a chart's
// own code, so that the server can stop a render that never ends (an endless
// loop) or name the chart a worker died in (out of memory). Imports nothing
// of the library: the worker host uses it before it loads any (workerHost.ts).

/** Sent by a worker around every call into a chart's code. */
export interface RenderProgress {
  readonly phase: "render";
  readonly chart: string;
  /** True when the call starts, false when it returns or throws. */
  readonly running: boolean;
}

export const isRenderProgress = (message: unknown): message is RenderProgress =>
  typeof message === "object" && message !== null && (message as RenderProgress).phase === "render";

/** The chart with its render() reporting to `post` as it starts and ends. */
export function watched<C extends { readonly id: string; render(...args: never[]): unknown }>(
  chart: C,
  post: (message: RenderProgress) => void,
): C {
  const render = chart.render.bind(chart);
  return {
    ...chart,
    render: (...args: Parameters<C["render"]>) => {
      post({ phase: "render", chart: chart.id, running: true });
      try {
        return render(...args);
      } finally {
        post({ phase: "render", chart: chart.id, running: false });
      }
    },
  };
}
