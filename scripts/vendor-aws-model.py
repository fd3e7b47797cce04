#!/usr/bin/env python3
"""Vendors an official AWS API model from botocore's data/ for the engine, without its documentation.

usage: python3 scripts/vendor-aws-model.py SERVICE OUT.json     e.g. logs lib/ecs-local/logs/api-model.json
The engine validates every input against these models (lib/ecs-local/protocol/api-model.ts)."""
import json
import sys

import botocore.loaders

DROP = {'documentation', 'documentationUrl', 'examples', 'deprecatedMessage'}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    service, out = sys.argv[1], sys.argv[2]
    loader = botocore.loaders.create_loader()
    version = loader.determine_latest_version(service, 'service-2')
    model = loader.load_service_model(service, 'service-2', version)
    with open(out, 'w') as f:
        json.dump(strip(model), f, separators=(',', ':'))
    print(f'{service} {version}: {len(model["operations"])} operations → {out}')


if __name__ == '__main__':
    main()
