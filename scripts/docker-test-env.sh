#!/usr/bin/env bash
# The Docker the engine's Docker runtime tests and `npm run bench:docker` need, made offline: Debian's docker.io
# and busybox-static installed when missing (as root), dockerd started when no daemon answers, and a tiny image
# `local/busybox:latest` (busybox with sh, httpd, sleep, echo...) imported from the host's static busybox, because
# no registry is reachable here. Idempotent; .ci/run and the tests both call it.
set -euo pipefail

IMAGE=local/busybox:latest

need_apt=()
command -v dockerd >/dev/null 2>&1 || need_apt+=(docker.io)
# A dynamically linked busybox cannot run inside an empty image: busybox-static replaces it with a static one.
if ! command -v busybox >/dev/null 2>&1 || ldd "$(command -v busybox)" >/dev/null 2>&1; then need_apt+=(busybox-static); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "docker-test-env: install ${need_apt[*]} (apt-get install -y ${need_apt[*]}) or run this script as root." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "docker-test-env: no Docker daemon answers and this user cannot start dockerd; start Docker first." >&2
    exit 1
  fi
  mkdir -p /var/log
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || { echo "docker-test-env: dockerd did not start; see /var/log/dockerd.log" >&2; tail -20 /var/log/dockerd.log >&2; exit 1; }
fi

if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/bin" "$root/tmp" "$root/www" "$root/etc"
  cp "$(command -v busybox)" "$root/bin/busybox"
  for tool in sh httpd sleep echo cat ls wget nc true false kill env id mkdir touch test printf grep ps; do
    ln -s busybox "$root/bin/$tool"
  done
  echo 'root:x:0:0:root:/:/bin/sh' >"$root/etc/passwd"
  echo 'nobody:x:65534:65534:nobody:/:/bin/sh' >>"$root/etc/passwd"
  echo 'root:x:0:' >"$root/etc/group"
  echo 'nogroup:x:65534:' >>"$root/etc/group"
  echo 'hello from ecs-local' >"$root/www/index.html"
  tar -C "$root" -c . | docker import -c 'ENV PATH=/bin' -c 'CMD ["sh"]' - "$IMAGE" >/dev/null
fi
echo "docker-test-env: Docker $(docker version --format '{{.Server.Version}}') ready with $IMAGE"
