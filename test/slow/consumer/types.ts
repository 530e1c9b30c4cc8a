// Type-checked by pack.test.ts in a new project with only typescript and
// @types/node: the helper's .d.ts files need none of our @types packages.
import { expectSvgSnapshot, type SnapshotOptions, sanitizeId, serializeChart } from "last-pocket/testing";

const options: SnapshotOptions = { id: sanitizeId("my chart"), label: "my chart", background: "#fff" };
export const check = (element: Element): Promise<void> => expectSvgSnapshot(element, "/tmp/x.svg", options);
export const text: (element: Element) => string = (element) => serializeChart(element, "x");
