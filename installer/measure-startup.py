#!/usr/bin/env python3
"""Start-up times of the built image, with and without its class-data-sharing archive.

Runs each configuration once per round, rounds interleaved, so load from other processes on a shared
machine spreads evenly over the configurations; prints the median wall time and the median CPU time
(user + sys of the process tree, which load disturbs less). Run after `mvn -Pinstaller package`:
    python3 installer/measure-startup.py [ROUNDS]
Configurations: the image as built (app archive nianbao.jsa over the runtime's base archive); the same
image copied elsewhere, where JDK 17 ignores the app archive (base archive only, what jpackage gives
without training); the image's java with -Xshare:off (no class-data sharing at all).
"""
import os, resource, shutil, statistics, subprocess, sys, tempfile, time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
project = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
image = os.path.join(project, "target", "installer", "Nianbao")
work = tempfile.mkdtemp(prefix="nianbao-startup-")
moved = os.path.join(work, "Nianbao")
shutil.copytree(image, moved, symlinks=True)
sample = os.path.join(work, "sample.txt")
shutil.copy(os.path.join(image, "lib", "app", "cds", "sample.txt"), sample)
env = dict(os.environ, LC_ALL="C.UTF-8")
for k in ("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"):
    env.pop(k, None)

def launchers():
    off = [os.path.join(image, "lib/runtime/bin/java"), "-Xshare:off", "-Dfile.encoding=UTF-8",
           "-cp", os.path.join(image, "lib/app/nianbao.jar"), "org.nianbao.Launcher"]
    return {
        "app archive (as shipped)": [os.path.join(image, "bin/Nianbao")],
        "base archive only": [os.path.join(moved, "bin/Nianbao")],
        "no CDS (-Xshare:off)": off,
    }

def has_command(name):
    out = subprocess.run(launchers()["app archive (as shipped)"] + ["--help"], env=env,
                         capture_output=True, text=True).stdout
    return any(line.startswith("  " + name + " ") for line in out.splitlines())

tasks = {"--version": lambda db: ["--version"],
         "import sample": lambda db: ["--db", db, "import", sample]}
if has_command("export"):
    tasks["export sample"] = lambda db: ["--db", db, "export", sample, "--out", db + ".docx"]

def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed: {cmd}\n{done.stderr.decode()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

results = {}
for r in range(rounds + 1):  # round 0 warms the file cache and is dropped
    for task, args in tasks.items():
        for name, launcher in launchers().items():
            db = os.path.join(work, f"r{r}-{abs(hash((task, name)))}.db")
            wall, cpu = timed(launcher + args(db))
            if r > 0:
                results.setdefault((task, name), []).append((wall, cpu))

print(f"{rounds} rounds, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
print(f"{'command':16} {'configuration':26} {'median wall':>12} {'median CPU':>11}")
for (task, name), xs in results.items():
    print(f"{task:16} {name:26} {statistics.median(w for w, _ in xs) * 1000:9.0f} ms "
          f"{statistics.median(c for _, c in xs) * 1000:8.0f} ms")
shutil.rmtree(work)
