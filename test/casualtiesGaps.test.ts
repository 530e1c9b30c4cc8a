import { expect, test } from "vitest";
import { splitAtGaps } from "../charts/casualties/gaps.js";

const at = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), iso });

test("splitAtGaps() keeps points within three weeks in one solid run, and spans each longer gap with its two points", () => {
  const { solid, gaps } = splitAtGaps([at("2019-03-23"), at("2018-12-05"), at("2018-12-14"), at("2019-01-08"), at("2019-01-24")]);
  expect(solid.map((p) => [p.iso, p.run])).toEqual([
    ["2018-12-05", 0],
    ["2018-12-14", 0],
    ["2019-01-08", 1],
    ["2019-01-24", 1],
    ["2019-03-23", 2],
  ]);
  expect(gaps.map((p) => [p.iso, p.run])).toEqual([
    ["2018-12-14", 0],
    ["2019-01-08", 0],
    ["2019-01-24", 1],
    ["2019-03-23", 1],
  ]);
});

test("splitAtGaps() of points 21 days apart or closer has no gap", () => {
  expect(splitAtGaps([at("2018-10-01"), at("2018-10-22")]).gaps).toEqual([]);
  expect(splitAtGaps([]).solid).toEqual([]);
});
