#!/usr/bin/env python3
"""Adds the other platforms' optional packages that npm 11.19 leaves out of package-lock.json.

npm 11.19 writes only this machine's platform binaries (e.g. @turbo/linux-64) into the lockfile, and then
`npm ci` refuses that same lockfile ("Missing: @turbo/darwin-64@ from lock file"). This script asks the
registry for each missing optional package and records it the way npm would, so `npm ci` works everywhere.
Run it after `npm install` changes the lockfile: python3 scripts/complete-lockfile.py
"""
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor

LOCK = "package-lock.json"


def resolves(packages, parent_path, name):
    """Where Node would find `name` from the package at parent_path, walking up node_modules folders."""
    path = parent_path
    while True:
        candidate = (path + "/" if path else "") + "node_modules/" + name
        if candidate in packages:
            return candidate
        if not path:
            return None
        cut = path.rfind("/node_modules/")
        path = path[:cut] if cut >= 0 else ""


OSES = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"]
CPUS = {"x64": "x64", "64": "x64", "arm64": "arm64", "ia32": "ia32", "arm": "arm", "ppc64": "ppc64",
        "s390x": "s390x", "riscv64": "riscv64", "loong64": "loong64", "mips64el": "mips64el"}


def guess(name, spec):
    """The registry here may lack other platforms' builds: record os/cpu from the name so npm ci skips them."""
    tokens = name.split("/")[-1].replace("_", "-").split("-")
    entry = {"version": spec.lstrip("^~="), "optional": True}
    oses = [os_name for os_name in OSES if os_name in tokens or (os_name == "win32" and "windows" in tokens)]
    cpus = [CPUS[token] for token in tokens if token in CPUS]
    if oses:
        entry["os"] = oses[:1]
    if cpus:
        entry["cpu"] = cpus[:1]
    if "musl" in tokens or "musleabihf" in tokens:
        entry["libc"] = ["musl"]
    elif "gnu" in tokens or "gnueabihf" in tokens:
        entry["libc"] = ["glibc"]
    return entry


def view(name, spec):
    out = subprocess.run(
        ["npm", "view", f"{name}@{spec}", "version", "dist.integrity", "os", "cpu", "libc", "license", "--json"],
        capture_output=True, text=True,
    )
    if out.returncode != 0 or not out.stdout.strip():
        return guess(name, spec)
    data = json.loads(out.stdout)
    info = data[-1] if isinstance(data, list) else data
    entry = {"version": info["version"], "optional": True}
    if info.get("dist.integrity"):
        entry["integrity"] = info["dist.integrity"]
    for field in ("os", "cpu", "libc", "license"):
        if info.get(field):
            entry[field] = info[field]
    return entry


def main():
    lock = json.load(open(LOCK))
    packages = lock["packages"]
    missing = {}
    for path, meta in packages.items():
        for name, spec in (meta.get("optionalDependencies") or {}).items():
            if not resolves(packages, path, name):
                missing.setdefault((name, spec), []).append(path)
    if not missing:
        print("package-lock.json already lists every optional package")
        return
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = dict(zip(missing, pool.map(lambda key: view(*key), missing)))
    for (name, spec), parents in sorted(missing.items()):
        entry = found[(name, spec)]
        hoisted = "node_modules/" + name
        target = hoisted if hoisted not in packages else parents[0] + "/node_modules/" + name
        packages[target] = dict(sorted(entry.items()))
    lock["packages"] = {"": packages[""], **dict(sorted((k, v) for k, v in packages.items() if k))}
    with open(LOCK, "w") as handle:
        json.dump(lock, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(f"added {len(missing)} optional packages to package-lock.json")


if __name__ == "__main__":
    main()
