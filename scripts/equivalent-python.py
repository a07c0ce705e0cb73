#!/usr/bin/env python3
"""L'équivalent Python (NumPy, SciPy, Matplotlib) de la tâche principale du
cahier : chaque corrigé lancé sans écran, avec ses paramètres par défaut,
ses calculs, ses résultats et ses figures PNG. Écrit pour mesurer l'écart
de vitesse avec les programmes C++ (scripts/comparer-python.sh) ; les
mêmes modèles, les mêmes pas, les mêmes balayages, avec les outils
habituels d'un carnet Python : solve_ivp, brentq, NumPy vectorisé.

    python3 scripts/equivalent-python.py [--sortie DOSSIER] [--terminal png|aucun]
"""
import argparse
import math
import os
import sys

import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import brentq

# Les paramètres par défaut du cahier (ceux des programmes C++).
RMAX, IHALF, KAPPA, TAU = 500.0, 10.0, 0.2, 10.0
TMAX, DT = 100.0, 0.1
MARGINAL = 1e-8


def phi(I):
    return 0.5 * RMAX * (np.tanh(KAPPA * (I - IHALF)) + 1.0)


def phi_prime(I):
    th = np.tanh(KAPPA * (I - IHALF))
    return 0.5 * RMAX * KAPPA * (1.0 - th * th)


def phi_inv(r):
    return np.arctanh(2.0 * r / RMAX - 1.0) / KAPPA + IHALF


# ---------------------------------------------------------------- figures
class Plotter:
    def __init__(self, folder, terminal):
        self.folder, self.on = folder, terminal == "png"
        if self.on:
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
            self.plt = plt
            os.makedirs(folder, exist_ok=True)

    def figure(self, title, xlabel, ylabel):
        if not self.on:
            return None, None
        fig, ax = self.plt.subplots(figsize=(9, 6), dpi=100)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.grid(True)
        return fig, ax

    def save(self, fig, ax, name):
        if fig is None:
            return
        if ax.get_legend_handles_labels()[0]:
            ax.legend()
        path = os.path.join(self.folder, name + ".png")
        fig.savefig(path)
        self.plt.close(fig)
        print("# figure :", path)


# ------------------------------------------------------- une population
def flow(r, Iext, w):
    return (phi(Iext + w * r) - r) / TAU


def simulate(Iext, w, r0, tmax=TMAX):
    """r(t) de 0 à tmax, échantillonné tous les DT (comme le pas RK4 du C++)."""
    t = np.linspace(0.0, tmax, int(round(tmax / DT)) + 1)
    sol = solve_ivp(lambda t, r: flow(r, Iext, w), (0.0, tmax), [r0], t_eval=t,
                    rtol=1e-9, atol=1e-9)
    return sol.t, sol.y[0]


def tangent_currents(w):
    a = w * RMAX * KAPPA
    if not (w > 0 and a > 2.0):
        return []
    s = math.sqrt(1.0 - 2.0 / a)
    d = math.log((1.0 + s) * math.sqrt(a / 2.0)) / KAPPA
    return [IHALF - d, IHALF + d]


def critical_rates(Iext, w):
    rs = [(I - Iext) / w for I in tangent_currents(w)]
    return [r for r in rs if 0.0 < r < RMAX]


def fixed_points(Iext, w):
    """Tous les points fixes : une racine au plus entre 0, les points critiques et rmax."""
    f = lambda r: phi(Iext + w * r) - r
    ends = [0.0] + critical_rates(Iext, w) + [RMAX]
    roots = []
    for i, a in enumerate(ends):
        fa = f(a)
        if fa == 0.0:
            roots.append(a)
        if i + 1 < len(ends):
            b = ends[i + 1]
            if fa * f(b) < 0:
                roots.append(brentq(f, a, b, xtol=1e-13))
    return sorted(set(roots))


def eigenvalue(r, Iext, w):
    return (w * phi_prime(Iext + w * r) - 1.0) / TAU


def stability(lam):
    lt = lam * TAU
    if abs(lt) <= MARGINAL * max(1.0, abs(lt + 1.0)):
        return "marginal"
    return "stable" if lt < 0 else "instable"


def saddle_nodes(Iext, w, which):
    """Les nœuds-cols en w (Iext fixé) ou en Iext (w fixé), triés."""
    out = []
    if which == "Iext":
        for I in tangent_currents(w):
            out.append((I - w * phi(I), phi(I)))
    else:
        g = lambda I: I - (1.0 + math.exp(2 * KAPPA * (I - IHALF))) / (2 * KAPPA) - Iext
        if g(IHALF) > 0:
            a, step = min(Iext + 0.5 / KAPPA, IHALF), 1.0 / KAPPA
            while not g(IHALF + step) < 0:
                step *= 2
            for I in (brentq(g, a, IHALF), brentq(g, IHALF, IHALF + step)):
                out.append((1.0 / phi_prime(I), phi(I)))
    return sorted(out)


def fixed_point_curve(Iext, w, which, vmin, vmax, samples=2000):
    """La courbe des points fixes, paramétrée par le courant total I, coupée par stabilité."""
    if which == "Iext":
        lo, hi = vmin + min(0.0, w * RMAX), vmax + max(0.0, w * RMAX)
    else:
        lo, hi = Iext + min(0.0, vmin * RMAX), Iext + max(0.0, vmax * RMAX)
    I = np.linspace(lo, hi, samples)
    r = phi(I)
    with np.errstate(divide="ignore", invalid="ignore"):
        ww = (I - Iext) / r if which == "w" else np.full_like(I, w)
        v = ww if which == "w" else I - w * r
    inside = (r > 0) & np.isfinite(v) & (v >= vmin) & (v <= vmax)
    stable = ww * phi_prime(I) - 1.0 < 0
    branches, start = [], 0
    for k in range(1, len(I) + 1):
        if k == len(I) or inside[k] != inside[start] or stable[k] != stable[start]:
            if inside[start] and k - start >= 2:
                branches.append((bool(stable[start]), v[start:k], r[start:k]))
            start = k
    return branches


def measured_rate(t, r, r_star):
    """Pente de ln|r − r*| jusqu'à ce que l'écart ait été multiplié ou divisé par e."""
    d = np.abs(r - r_star)
    ok = d > 0
    if ok.sum() < 3:
        return float("nan")
    t, logd = t[ok], np.log(d[ok])
    end = np.nonzero(np.abs(logd - logd[0]) >= 1.0)[0]
    n = end[0] + 1 if len(end) else len(t)
    if n < 3:
        return float("nan")
    return np.polyfit(t[:n], logd[:n], 1)[0]


def time_courses(plot, cases, r0s, name, title):
    fig, ax = plot.figure(title, "temps t (ms)", "taux r (Hz)")
    ends = {}
    for k, (Iext, w) in enumerate(cases):
        for j, r0 in enumerate(r0s):
            t, r = simulate(Iext, w, r0)
            ends[(Iext, w, r0)] = r[-1]
            if ax is not None:
                ax.plot(t, r, color=f"C{k}", ls=["-", "--"][j % 2],
                        label=f"Iext = {Iext:g}, w = {w:g} ; r0 = {r0:g}")
    plot.save(fig, ax, name)
    return ends


def flow_curves(plot, cases, labels, name, title):
    fig, ax = plot.figure(title, "taux r (Hz)", "dr/dt (Hz/ms)")
    r = np.linspace(0.0, RMAX, 1001)
    marks = {"stable": [], "instable": [], "marginal": []}
    for k, (Iext, w) in enumerate(cases):
        if ax is not None:
            ax.plot(r, flow(r, Iext, w), color=f"C{k}",
                    label=labels[k] if labels else f"Iext = {Iext:g}, w = {w:g}")
        for rs in fixed_points(Iext, w):
            marks[stability(eigenvalue(rs, Iext, w))].append(rs)
    if ax is not None:
        ax.axhline(0.0, color="gray", ls="--", lw=1)
        for kind, style in (("stable", "ko"), ("instable", "wo"), ("marginal", "rs")):
            if marks[kind]:
                ax.plot(marks[kind], [0.0] * len(marks[kind]), style, mec="k",
                        label=f"points fixes {kind}s")
    plot.save(fig, ax, name)


def bifurcation_diagram(plot, Iext, w, which, vmin, vmax, name, title, extra=None):
    fig, ax = plot.figure(title, "poids récurrent w" if which == "w" else "courant extérieur Iext",
                          "point fixe r* (Hz)")
    branches = fixed_point_curve(Iext, w, which, vmin, vmax)
    sn = [s for s in saddle_nodes(Iext, w, which) if vmin <= s[0] <= vmax]
    if ax is not None:
        for stable, v, r in branches:
            ax.plot(v, r, "-" if stable else "--", color="#1f5fbf" if stable else "#d62728")
        if sn:
            ax.plot([s[0] for s in sn], [s[1] for s in sn], "ks", label="nœuds-cols (λ = 0)")
        if extra:
            extra(ax)
        ax.set_xlim(vmin, vmax)
        ax.set_ylim(0, 1.05 * RMAX)
    plot.save(fig, ax, name)
    return sn


def q01(plot):
    I = np.linspace(IHALF - 4 / KAPPA, IHALF + 4 / KAPPA, 401)
    r_inv = RMAX * (np.arange(401) + 0.5) / 401
    for name, title, x, y, xl, yl in (
            ("01_courbe_fI", "Courbe f-I : Φ(I)", I, phi(I), "courant I", "taux r (Hz)"),
            ("01_courbe_fI_inverse", "Inverse de la courbe f-I", r_inv, phi_inv(r_inv),
             "taux r (Hz)", "courant I = Φ⁻¹(r)"),
            ("01_courbe_fI_derivee", "Dérivée de la courbe f-I : Φ'(I)", I, phi_prime(I),
             "courant I", "Φ'(I)")):
        fig, ax = plot.figure(title, xl, yl)
        if ax is not None:
            ax.plot(x, y)
        plot.save(fig, ax, name)


def q02(plot):
    cases = [(I, -0.1) for I in (0.0, 20.0, 40.0)]
    ends = time_courses(plot, cases, [0.0, RMAX], "02_inhibiteur_r_t",
                        "Population inhibitrice : r(t) depuis plusieurs r0")
    for (Iext, w, r0), r in ends.items():
        print(f"# Iext = {Iext:g}, w = {w:g} : r({TMAX:g} ms) = {r:g} depuis r0 = {r0:g}")
    flow_curves(plot, cases, None, "02_inhibiteur_drdt", "Population inhibitrice : dr/dt contre r")


def q03(plot):
    cases = [(I, 0.05) for I in (0.0, -5.0, 5.0)]
    ends = time_courses(plot, cases, [0.0, RMAX], "03_excitateur_r_t",
                        "Population excitatrice : r(t) depuis plusieurs r0")
    for Iext, w in cases:
        low, high = simulate(Iext, w, 0.0)[1][-1], simulate(Iext, w, RMAX)[1][-1]
        print(f"# Iext = {Iext:g}, w = {w:g} : r = {ends[(Iext, w, 0.0)]:g}, "
              f"{ends[(Iext, w, RMAX)]:g} ; critiques {critical_rates(Iext, w)} ; "
              f"bistable : {'oui' if abs(high - low) > 0.01 * RMAX else 'non'}")
    flow_curves(plot, cases, None, "03_excitateur_drdt", "Population excitatrice : dr/dt contre r")
    sn = saddle_nodes(0.0, 0.0, "w")
    w1, w2 = sn[0][0], sn[1][0]
    ws = [0.5 * w1, w1, 0.5 * (w1 + w2), w2, 1.5 * w2]
    flow_curves(plot, [(0.0, w) for w in ws], [f"w = {w:g}" for w in ws],
                "03_excitateur_famille_w", "Population excitatrice : dr/dt quand w varie")


def quasi_static_sweep(w, values, r0, settle):
    out, r = [], r0
    for Iext in values:
        r = simulate(Iext, w, r, settle)[1][-1]
        out.append(r)
    return out


def q04(plot):
    cases = [(0.0, 0.05), (0.0, -0.1)]
    for k, (Iext, w) in enumerate(cases):
        tag = f"_{k + 1}"
        print(f"# Iext = {Iext:g}  w = {w:g}  tau = {TAU:g}\nr_etoile  lambda  stabilite")
        fig, ax = plot.figure(f"Départs près des points fixes (Iext = {Iext:g}, w = {w:g})",
                              "temps t (ms)", "taux r (Hz)")
        gfig, gax = plot.figure("Écart au point fixe depuis 1,01·r*", "temps t (ms)",
                                "écart relatif |r − r*|/r*")
        for c, rs in enumerate(fixed_points(Iext, w)):
            lam = eigenvalue(rs, Iext, w)
            rates = []
            for factor in (1.01, 0.99):
                t, r = simulate(Iext, w, factor * rs)
                rates.append(measured_rate(t, r, rs))
                if ax is not None and rs > 0:
                    ax.plot(t, r, color=f"C{c}", ls="-" if factor > 1 else "--")
                    if factor > 1:
                        gax.semilogy(t, np.abs(r - rs) / rs, color=f"C{c}")
                        gax.semilogy(t, 0.01 * np.exp(lam * t), color=f"C{c}", ls="--")
            print(f"{rs:.6g}  {lam:.6g}  {stability(lam)}  # mesuré {rates[0]:.6g}, {rates[1]:.6g}")
        plot.save(fig, ax, "04_stabilite_perturbations" + tag)
        if gax is not None:
            gax.set_ylim(1e-6, 10)
        plot.save(gfig, gax, "04_stabilite_ecarts" + tag)

    wmin, wmax = -0.12, 0.2
    sn = saddle_nodes(0.0, 0.0, "w")
    wmax = max([wmax] + [1.5 * s[0] for s in sn])
    bifurcation_diagram(plot, 0.0, 0.0, "w", wmin, wmax, "04_stabilite_bifurcation_w",
                        "Points fixes contre w (Iext = 0)")
    w = 0.05
    sn = saddle_nodes(0.0, w, "Iext")
    margin = max(10.0, 0.5 * (sn[1][0] - sn[0][0]), 1e-3 * abs(sn[0][0]))
    lo, hi = sn[0][0] - margin, sn[1][0] + margin
    up = list(np.linspace(lo, hi, 61))
    rising = quasi_static_sweep(w, up, 0.0, 10 * TAU)
    falling = quasi_static_sweep(w, up[::-1], RMAX, 10 * TAU)

    def sweeps(ax):
        ax.plot(up, rising, "v", color="#2ca02c", label="Iext croissant")
        ax.plot(up[::-1], falling, "^", color="#9467bd", label="Iext décroissant")

    bifurcation_diagram(plot, 0.0, w, "Iext", lo, hi, "04_stabilite_hysteresis",
                        f"Hystérésis : points fixes contre Iext (w = {w:g})", sweeps)


# ------------------------------------------------------------ la paire E–I
EI = dict(IextE=5.0, IextI=-20.0, wEE=0.1, wEI=-0.1, wIE=0.1, wII=0.0, tauE=10.0, tauI=10.0)


def ei_simulate(p, rE0, rI0, tmax):
    def f(t, x):
        rE, rI = x
        return [(phi(p["IextE"] + p["wEE"] * rE + p["wEI"] * rI) - rE) / p["tauE"],
                (phi(p["IextI"] + p["wIE"] * rE + p["wII"] * rI) - rI) / p["tauI"]]
    t = np.linspace(0.0, tmax, int(round(tmax / DT)) + 1)
    sol = solve_ivp(f, (0.0, tmax), [rE0, rI0], t_eval=t, rtol=1e-9, atol=1e-9)
    return sol.t, sol.y[0], sol.y[1]


def ei_fixed_points(p):
    """Racines de rE ↦ Φ(IextE + wEE·rE + wEI·rI(rE)) − rE, rI sur l'isocline I (wII = 0)."""
    g = lambda rE: phi(p["IextE"] + p["wEE"] * rE + p["wEI"] * phi(p["IextI"] + p["wIE"] * rE)) - rE
    grid = np.linspace(0.0, RMAX, 4001)
    vals = g(grid)
    out = []
    for a, b, ga, gb in zip(grid[:-1], grid[1:], vals[:-1], vals[1:]):
        if ga == 0.0:
            out.append(a)
        elif ga * gb < 0:
            out.append(brentq(g, a, b, xtol=1e-13))
    points = []
    for rE in out:
        rI = phi(p["IextI"] + p["wIE"] * rE)
        dE = phi_prime(p["IextE"] + p["wEE"] * rE + p["wEI"] * rI)
        dI = phi_prime(p["IextI"] + p["wIE"] * rE)
        J = np.array([[(p["wEE"] * dE - 1) / p["tauE"], p["wEI"] * dE / p["tauE"]],
                      [p["wIE"] * dI / p["tauI"], -1 / p["tauI"]]])
        l1, l2 = np.linalg.eigvals(J)
        T, D = np.trace(J), np.linalg.det(J)
        nature = ("selle" if D < 0 else ("foyer" if T * T < 4 * D else "noeud")
                  + ("_stable" if T < 0 else "_instable"))
        points.append((rE, rI, l1, l2, nature, T))
    return points


def oscillation(t, x, t_from):
    """Min, max et période de x après t_from (maxima locaux)."""
    keep = t >= t_from
    t, x = t[keep], x[keep]
    peaks = np.nonzero((x[1:-1] > x[:-2]) & (x[1:-1] >= x[2:]))[0] + 1
    troughs = np.nonzero((x[1:-1] < x[:-2]) & (x[1:-1] <= x[2:]))[0] + 1
    lo, hi = x.min(), x.max()
    sustained = len(peaks) >= 3 and len(troughs) >= 2 and hi - lo > 1e-3 and \
        abs(x[peaks[-1]] - x[peaks[0]]) <= 0.01 * (hi - lo)
    period = (t[peaks[-1]] - t[peaks[0]]) / (len(peaks) - 1) if len(peaks) >= 2 else 0.0
    return lo, hi, sustained, period


def q05(plot):
    p, tmax = dict(EI), 1000.0
    print("rE  rI  re_lambda1  im_lambda1  re_lambda2  im_lambda2  nature")
    fps = ei_fixed_points(p)
    for rE, rI, l1, l2, nature, _ in fps:
        print(f"{rE:.9g}  {rI:.9g}  {l1.real:.9g}  {l1.imag:.9g}  {l2.real:.9g}  {l2.imag:.9g}  {nature}")
    t, rE, rI = ei_simulate(p, 0.0, 0.0, tmax)
    lo, hi, sustained, period = oscillation(t, rE, 0.5 * tmax)
    if sustained:
        print(f"# cycle limite : periode = {period:.6g} ms")
    fig, ax = plot.figure("Réseau E–I : rE(t) et rI(t)", "temps t (ms)", "taux (Hz)")
    if ax is not None:
        ax.plot(t, rE, color="#d62728", label="rE(t), excitateurs")
        ax.plot(t, rI, color="#1f77b4", label="rI(t), inhibiteurs")
    plot.save(fig, ax, "05_reseau_EI_r_t")

    fig, ax = plot.figure("Réseau E–I : plan de phase, isoclines et points fixes",
                          "taux excitateur rE (Hz)", "taux inhibiteur rI (Hz)")
    starts = [(0.0, 0.0), (0.95 * RMAX, 0.05 * RMAX), (0.05 * RMAX, 0.95 * RMAX),
              (0.95 * RMAX, 0.95 * RMAX), (0.5 * RMAX, 0.0)]
    starts += [(fp[0] + 1e-3 * RMAX, fp[1]) for fp in fps if fp[4].endswith("_instable")]
    trajectories = [ei_simulate(p, a, b, tmax) for a, b in starts]
    if ax is not None:
        g = (np.arange(21) + 0.5) * RMAX / 21
        E, I = np.meshgrid(g, g)
        vE = (phi(p["IextE"] + p["wEE"] * E + p["wEI"] * I) - E) / p["tauE"]
        vI = (phi(p["IextI"] + p["wIE"] * E) - I) / p["tauI"]
        n = np.hypot(vE, vI)
        ax.quiver(E, I, vE / n, vI / n, color="#a0a0a0")
        for _, a, b in trajectories:
            ax.plot(a, b, color="#2ca02c", lw=1)
        r = np.linspace(RMAX / 2000, RMAX * (1 - 1 / 2000), 1999)
        ax.plot(r, (phi_inv(r) - p["IextE"] - p["wEE"] * r) / p["wEI"], color="#d62728",
                lw=3, label="isocline E")
        ax.plot(r, phi(p["IextI"] + p["wIE"] * r), color="#1f77b4", lw=3, label="isocline I")
        ax.plot([f[0] for f in fps], [f[1] for f in fps], "ko", label="points fixes")
        ax.set_xlim(0, RMAX)
        ax.set_ylim(0, RMAX)
    plot.save(fig, ax, "05_reseau_EI_plan_de_phase")

    values = np.linspace(0.0, max(0.15, 1.5 * p["wEE"]), 61)
    lows, highs, fixed = [], [], []
    for v in values:
        q = dict(p, wEE=v)
        t, rE, _ = ei_simulate(q, 0.0, 0.0, tmax)
        lo, hi, _, _ = oscillation(t, rE, 0.5 * tmax)
        lows.append(lo)
        highs.append(hi)
        fixed.append(ei_fixed_points(q))
    # Hopf : la trace de J s'annule (un seul point fixe, valeurs propres complexes).
    def trace(v):
        fps = ei_fixed_points(dict(p, wEE=v))
        return fps[0][5] if len(fps) == 1 and fps[0][2].imag != 0 else float("nan")
    grid = np.linspace(values[0], values[-1], 201)
    traces = [trace(v) for v in grid]
    hopf = float("nan")
    for a, b, ta, tb in zip(grid[:-1], grid[1:], traces[:-1], traces[1:]):
        if np.isfinite(ta) and np.isfinite(tb) and ta * tb < 0:
            hopf = brentq(lambda v: trace(v), a, b, xtol=1e-12)
            break
    fig, ax = plot.figure("Réseau E–I : min et max de rE contre wEE (bifurcation de Hopf)",
                          "wEE", "taux excitateur rE (Hz)")
    if ax is not None:
        ax.plot(values, highs, ".-", color="#d62728", label="max de rE après le transitoire")
        ax.plot(values, lows, ".-", color="#1f77b4", label="min de rE après le transitoire")
        if np.isfinite(hopf):
            ax.axvline(hopf, color="#9467bd", ls=":", label=f"Hopf : wEE = {hopf:.4g}")
        ax.set_ylim(0, RMAX)
    plot.save(fig, ax, "05_reseau_EI_balayage_wEE")


# -------------------------------------------------------------- l'anneau
def q06(plot):
    N, J0, J1, Iext, tmax, dt = 256, -0.5, 1.0, 0.0, 2000.0, 0.1
    angle, amplitude, start, end = 60.0, 20.0, 200.0, 400.0
    theta = -np.pi + 2 * np.pi * np.arange(N) / N
    c, s = np.cos(theta), np.sin(theta)
    rate = lambda I: RMAX / (1.0 + np.exp(-2.0 * KAPPA * (I - IHALF)))
    r0 = brentq(lambda r: phi(Iext + J0 * r) - r, 0.0, RMAX, xtol=1e-13)
    cue = amplitude * 0.5 * (1.0 + np.cos(theta - np.radians(angle)))
    r = np.full(N, r0)
    steps, every = int(math.ceil(tmax / dt - 1e-9)), int(round(5.0 / dt))
    ts, rs, pos, amp = [0.0], [r.copy()], [], []

    def decode(x):
        C, S = x @ c, x @ s
        pos.append(math.degrees(math.atan2(S, C)))
        amp.append(2.0 * math.hypot(C, S) / (N * RMAX))

    decode(r)
    a = dt / TAU
    for k in range(steps):
        t = k * dt
        rec = (J0 * r.sum() + J1 * (c * (r @ c) + s * (r @ s))) / N
        stim = cue if start <= t < end else 0.0
        r = r + a * (rate(Iext + stim + rec) - r)
        if (k + 1) % every == 0 or k + 1 == steps:
            ts.append(t + dt)
            rs.append(r.copy())
            decode(r)
    print(f"# position finale = {pos[-1]:g} deg\n# bump persistant : {'oui' if amp[-1] > 0.1 else 'non'}")
    fig, ax = plot.figure(f"Activité de l'anneau r(θ, t), J1 = {J1:g}", "temps t (ms)", "angle θ (degrés)")
    if ax is not None:
        im = ax.imshow(np.array(rs).T, aspect="auto", origin="lower", cmap="inferno",
                       extent=(0, tmax, -180, 180))
        fig.colorbar(im, ax=ax, label="taux r (Hz)")
        for x in (start, end):
            ax.axvline(x, color="cyan", ls="--")
    plot.save(fig, ax, "06_bump_carte")
    fig, ax = plot.figure("Profil d'activité de l'anneau", "angle θ (degrés)", "taux r (Hz)")
    if ax is not None:
        after = next(k for k, t in enumerate(ts) if t >= end)
        ax.plot(np.degrees(theta), rs[after], "--", label=f"t = {ts[after]:g} ms (fin du stimulus)")
        ax.plot(np.degrees(theta), r, label=f"t = {tmax:g} ms (fin)")
        ax.axvline(angle, color="k", ls=":", label="angle du stimulus")
    plot.save(fig, ax, "06_bump_profil")
    fig, ax = plot.figure("Position décodée du bump", "temps t (ms)", "position (degrés)")
    if ax is not None:
        shown = np.array(amp) > 0.1
        ax.plot(np.array(ts)[shown], np.array(pos)[shown], label="graine 1")
        ax.axhline(angle, color="k", ls=":", label="angle du stimulus")
    plot.save(fig, ax, "06_bump_position")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sortie", default="figures-python", help="dossier des figures")
    parser.add_argument("--terminal", choices=("png", "aucun"), default="png")
    args = parser.parse_args()
    plot = Plotter(args.sortie, args.terminal)
    for question in (q01, q02, q03, q04, q05, q06):
        question(plot)


if __name__ == "__main__":
    sys.exit(main())
