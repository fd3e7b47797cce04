// Route params of the revision pages: `[family]/[revision]` with a positive integer revision.
import { notFound } from 'next/navigation';

export async function revisionParams(params: Promise<{ family: string; revision: string }>) {
  const { family, revision } = await params;
  if (!/^[1-9]\d*$/.test(revision)) notFound();
  return { family: decodeURIComponent(family), revision: Number(revision) };
}
