#!/usr/bin/env bash
# Vérifie scripts/lib/verifier-symboles.sh : ce qu'un exercice peut définir
# et appeler (une liste de ce qui est permis, tests/NN_nom/autorise.txt).
#   - refusés, chacun avec sa raison : des copies du corrigé avec une ruse
#     (une autre fonction de la bibliothèque qui calcule la même réponse,
#     td4::phi redéfinie faible, un alias en assembleur, du code dans .init
#     ou .init_array.+, une définition de __libc_start_main, __cxa_atexit,
#     operator new, getenv, read ou dprintf, dlopen, syscall, fork, .incbin,
#     un outil des figures appelé hors de draw) ;
#   - acceptés : les six corrigés, les six exercices d'origine, et des
#     variantes justes écrites autrement (vecteur global constant, variable
#     statique locale, lambda, std::sort, std::function, std::ostringstream,
#     fonctions d'aide anonymes, dans td4::q01 ou modèles).
# Chaque fichier est compilé avec les options de l'exercice de la question
# (ninja -t commands), en -O1 comme le correcteur de classe.
#   tests/outils/symboles.sh [DOSSIER_DE_CONSTRUCTION]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build=${1:-$root/build}
checker="$root/scripts/lib/verifier-symboles.sh"
library="$build/common/libtd4.a"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

[ -f "$library" ] || { echo "pas de $library : construisez d'abord la cible td4" >&2; exit 2; }

# Les options de compilation de l'exercice NN, sans sortie ni dépendances,
# avec son en-tête précompilé (comme le correcteur de classe, et 40 % plus
# vite).
declare -A recipe
flags() {
  local nn=$1 words word skip=0 out=()
  read -r -a words <<<"$(ninja -C "$build" -t commands "test_ex$nn" 2>/dev/null \
    | grep -F " -c " | grep -F "td4_exercise_$nn.dir" | head -n 1)"
  # (Sans Ninja : les options du projet, à la main.)
  [ ${#words[@]} -gt 0 ] || words=(c++ -std=c++20 -O1 -Wall -Wextra -Wpedantic -Wno-unused-parameter
                                   "-I$root/common/include")
  # Sans le lanceur (ccache) : ces fichiers, dans un dossier temporaire, n'y
  # seraient jamais retrouvés.
  local compiler
  compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)
  if [ -n "$compiler" ] && [[ " ${words[*]} " == *" $compiler "* ]]; then
    while [ "${words[0]}" != "$compiler" ]; do words=("${words[@]:1}"); done
  fi
  for word in "${words[@]}"; do
    if [ $skip -eq 1 ]; then skip=0; continue; fi
    case $word in
      -MD | -Werror) ;;
      -O2 | -O3) out+=(-O1) ;;
      -MT | -MF | -o | -c) skip=1 ;;
      *.cpp) ;;
      *) out+=("$word") ;;
    esac
  done
  recipe[$nn]=$(printf '%q ' "${out[@]}")
}

# compile NOM NN FICHIER : NOM.o, avec les options de l'exercice NN.
compile() {
  local name=$1 nn=$2 source=$3
  [ -n "${recipe[$nn]:-}" ] || flags "$nn"
  if ! eval "${recipe[$nn]}" -c '"$source"' -o '"$work/$name.o"' >"$work/$name.log" 2>&1; then
    echo "✘ $name : ne compile pas"; sed 's/^/    /' "$work/$name.log" | head -n 20
    failures=$((failures + 1))
    return 1
  fi
}

question() { basename "$(ls -d "$root/solutions/$1"_*)"; }

# Une copie du corrigé de NN, dans NOM.cpp.
copy() { cp "$root/solutions/$(question "$2")"/*.cpp "$work/$1.cpp"; }

# check NOM NN : lance le vérificateur sur NOM.o et NOM.cpp.
check() {
  local name=$1 nn=$2 q
  q=$(question "$nn")
  rc=0
  sh "$checker" -r "$library" "$nn" "$root/tests/$q/autorise.txt" "$work/$name.o" -- "$work/$name.cpp" \
    >"$work/$name.out" 2>&1 || rc=$?
}

# refused NOM NN MOTIF… : NOM compilé est refusé, et chaque MOTIF (grep -E)
# est dans sa sortie.
refused() {
  local name=$1 nn=$2 pattern ok=1
  shift 2
  compile "$name" "$nn" "$work/$name.cpp" || return 0
  check "$name" "$nn"
  [ "$rc" -eq 1 ] || ok=0
  for pattern in "$@"; do grep -q -E -- "$pattern" "$work/$name.out" || ok=0; done
  if [ $ok -eq 1 ]; then
    echo "✔ $name refusé : $(head -n 1 "$work/$name.out")"
  else
    echo "✘ $name : attendu un refus (code 1) avec : $*"
    echo "    code $rc :"; sed 's/^/    /' "$work/$name.out"
    failures=$((failures + 1))
  fi
}

# accepted NOM NN : NOM compilé est accepté, sans un mot.
accepted() {
  local name=$1 nn=$2
  compile "$name" "$nn" "$work/$name.cpp" || return 0
  check "$name" "$nn"
  if [ "$rc" -eq 0 ] && [ ! -s "$work/$name.out" ]; then
    echo "✔ $name accepté"
  else
    echo "✘ $name : attendu accepté, code $rc :"; sed 's/^/    /' "$work/$name.out"
    failures=$((failures + 1))
  fi
}

# edit NOM PERL : modifie NOM.cpp (perl -0pe, tout le fichier d'un coup).
edit() {
  perl -0pi -e "$2" "$work/$1.cpp"
  grep -q . "$work/$1.cpp"
}

fI_line='  return 0.5 \* p.rmax \* \(1.0 \+ std::tanh\(p.kappa \* \(I - p.Ihalf\)\)\);'

# --- Refusés -------------------------------------------------------------

# Une autre fonction de la bibliothèque qui calcule Φ : dr/dt en r = 0.
copy flow 01
edit flow 's|^#include "td4/q01_courbe_fI.hpp"|$&\n#include "td4/one_population.hpp"|m;
  s|^'"$fI_line"'$|  return td4::flow(0, OnePopulation{p, I, 0, 1});|m'
refused flow 01 '^appel refusé : td4::flow\(double, td4::OnePopulation const&\) — la bibliothèque calcule ici'

# Φ' par la valeur propre d'une population à w = 1, τ = 1 : λ = Φ' − 1.
copy eigenvalue 01
edit eigenvalue 's|^#include "td4/q01_courbe_fI.hpp"|$&\n#include "td4/one_population.hpp"|m;
  s|(double fI_deriv\(double I, const Transfer& p\) \{\n)|$1  return td4::eigenvalue(0, OnePopulation{p, I, 1, 1}) + 1;\n|'
refused eigenvalue 01 '^appel refusé : td4::eigenvalue\(double, td4::OnePopulation const&\)'

# td4::phi, phi_prime et phi_inv redéfinies faibles : l'appel ne paraît plus
# « indéfini », et l'édition de liens prend celles de la bibliothèque.
copy faible 01
edit faible 's|^namespace td4::q01 \{|namespace td4 {
[[gnu::weak]] double phi(double, const Transfer&) { return 0; }
[[gnu::weak]] double phi_prime(double, const Transfer&) { return 0; }
[[gnu::weak]] double phi_inv(double, const Transfer&) { return 0; }
}  // namespace td4

$&|m; s|^'"$fI_line"'$|  return td4::phi(I, p);|m;
  s|(double fI_deriv\(double I, const Transfer& p\) \{\n)|$1  return td4::phi_prime(I, p);\n|;
  s|(  const double y = 2.0 \* r / p.rmax - 1.0;\n)|  return td4::phi_inv(r, p);\n$1|'
refused faible 01 \
  '^définition refusée : td4::phi\(double, td4::Transfer const&\) — symbole faible écrit à la main' \
  '^définition refusée : td4::phi_prime\(double, td4::Transfer const&\) — symbole faible' \
  '^définition refusée : td4::phi_inv\(double, td4::Transfer const&\) — symbole faible' \
  '^source refusée : .*faible.cpp, ligne [0-9]+ : \[\[gnu::weak\]\] — seuls les attributs standard'

# La même chose en ligne : une définition faible dans un groupe COMDAT, que
# seule la liste des symboles de la bibliothèque (-r) reconnaît.
copy en_ligne 01
edit en_ligne 's|^namespace td4::q01 \{|namespace td4 {
inline double phi(double, const Transfer&) { return 0; }
}  // namespace td4

$&|m; s|^'"$fI_line"'$|  double (*volatile f)(double, const Transfer&) = \&td4::phi;\n  return f(I, p);|m'
refused en_ligne 01 \
  '^définition refusée : td4::phi\(double, td4::Transfer const&\) — elle remplacerait celle de la bibliothèque'

# fI comme alias en assembleur de td4::phi (.weak, .set).
copy alias 01
edit alias 's|double fI\(double I, const Transfer& p\) \{|double fI_cache(double I, const Transfer& p) {|;
  s|$|\nasm(".weak _ZN3td43q012fIEdRKNS_8TransferE\\n.set _ZN3td43q012fIEdRKNS_8TransferE, _ZN3td43phiEdRKNS_8TransferE");\n|'
refused alias 01 '^source refusée : .*alias.cpp, ligne [0-9]+ : asm — l.assembleur est interdit' \
  'td4::phi\(double, td4::Transfer const&\)'

# Un bloc d'assembleur placé dans .init, lancé avant main.
copy init 01
edit init 's|$|\nasm(".section .init\\n nop\\n .previous");\n|'
refused init 01 '^section refusée : \.init — du code lancé au chargement' '^source refusée : .* : asm — '

# Un pointeur de fonction dans une section .init_array.+ (lancé avant les
# initialiseurs ordinaires).
copy init_array 01
edit init_array 's|$|\nnamespace td4::q01 {\nvoid early() {}\n__attribute__((section(".init_array.+"), used)) void (*early_ptr)() = early;\n}\n|'
refused init_array 01 '^section refusée : \.init_array\.\+ — une fonction lancée avant ou après le programme' \
  '^source refusée : .* : __attribute__ — attribut du compilateur interdit'

# Des fonctions de la libc, du support C++ ou de l'édition de liens, redéfinies.
copy redefinitions 01
edit redefinitions 's|^#include <string>|$&\n#include <cstdarg>\n#include <cstdlib>\n#include <new>|m; s|$|
extern "C" int __libc_start_main(int (*)(int, char**, char**), int, char**, void (*)(), void (*)(),
                                 void (*)(), void*) { return 0; }
extern "C" int __cxa_atexit(void (*)(void*), void*, void*) { return 0; }
void* operator new(std::size_t n) { return std::malloc(n); }
extern "C" char* getenv(const char*) noexcept { return nullptr; }
extern "C" long read(int, void*, unsigned long) { return 0; }
extern "C" int dprintf(int, const char*, ...) { return 0; }
|'
refused redefinitions 01 \
  '^définition refusée : __libc_start_main — l.exercice ne définit que les fonctions de td4::q01' \
  '^définition refusée : __cxa_atexit — ' '^définition refusée : operator new\(unsigned long\) — ' \
  '^définition refusée : getenv — ' '^définition refusée : read — ' '^définition refusée : dprintf — '

# Des appels hors de la liste : charger une bibliothèque, appel système direct, fork.
copy appels 01
edit appels 's|^#include <string>|$&\n#include <dlfcn.h>\n#include <sys/syscall.h>\n#include <unistd.h>|m; s|$|
namespace td4::q01 {
long escape() {
  void* h = dlopen("libtd4.so", RTLD_NOW);
  long r = reinterpret_cast<long>(dlsym(h, "x"));
  return r + syscall(SYS_getpid) + fork();
}
}  // namespace td4::q01
|'
refused appels 01 '^appel refusé : dlopen — hors de ce que l.exercice peut appeler' \
  '^appel refusé : dlsym — ' '^appel refusé : syscall — ' '^appel refusé : fork — '

# Un fichier embarqué par .incbin.
copy incbin 01
edit incbin 's|$|\nasm(".section .rodata\\n.incbin \\"/etc/passwd\\"\\n.previous");\n|'
refused incbin 01 '^source refusée : .*incbin.cpp, ligne [0-9]+ : asm — '

# Le collage de mots du préprocesseur, qui fabriquerait « asm ».
copy collage 01
edit collage 's|$|\n#define GLUE(a, b) a##b\n|'
refused collage 01 '^source refusée : .*collage.cpp, ligne [0-9]+ : ## — le collage'

# Question 02 : simulate par la simulation toute faite de la bibliothèque…
copy simulation 02
edit simulation 's|^#include "td4/q02_inhibiteur.hpp"|$&\n#include "td4/one_population_plots.hpp"|m;
  s|  return integrate\(\[&p\]\(double r, double\) \{ return drdt\(r, p\); \}, r0, 0.0, tmax, s\);|  OnePopulationRun run;
  run.options.tmax = tmax;
  run.options.stepping = s;
  return library_simulation(run)(p, r0);|'
refused simulation 02 '^appel refusé : td4::library_simulation\(td4::OnePopulationRun const&\) — la bibliothèque'

# … et draw par les figures toutes faites de la question 03.
copy figures 02
edit figures 's|^#include "td4/q02_inhibiteur.hpp"|$&\n#include "td4/one_population_plots.hpp"|m;
  s|(void draw\(const OnePopulationRun& run, Plotter& plot\) \{\n)|$1  plot.show(time_courses(run, library_simulation(run), "02_inhibiteur_r_t", "r(t)"));
  plot.show(flow_curves(run.populations(), {}, "02_inhibiteur_drdt", "dr/dt"));
  return;\n|'
refused figures 02 '^appel refusé : td4::time_courses\(' '^appel refusé : td4::flow_curves\('

# Question 03 : les points critiques par les nœuds-cols en Iext, hors de
# draw (r* d'un nœud-col, décalé de (Iext* − Iext)/w : un point critique).
copy noeuds_cols 03
edit noeuds_cols 's|(std::vector<double> critical_points\(const OnePopulation& p\) \{\n)|$1  std::vector<double> out;
  for (const SaddleNode& s : saddle_nodes(p, Parameter::Iext)) out.push_back(s.r + (s.value - p.Iext) / p.w);
  if (p.w > 1e9) return out;\n|'
refused noeuds_cols 03 \
  '^appel refusé : td4::saddle_nodes\(td4::OnePopulation const&, td4::Parameter\) — permis seulement dans td4::q03::draw'

# --- Acceptés ------------------------------------------------------------

# Dans draw, l'outil des figures reste permis, même par une lambda rangée
# dans une std::function (l'appel est alors dans std::_Function_handler).
copy draw_lambda 03
edit draw_lambda 's|^#include <cmath>|$&\n#include <functional>|m;
  s|  const std::vector<SaddleNode> sn = saddle_nodes\(base, Parameter::w\);|  const std::function<std::vector<SaddleNode>()> find = [&base] { return saddle_nodes(base, Parameter::w); };
  const std::vector<SaddleNode> sn = find();|'
accepted draw_lambda 03

for nn in 01 02 03 04 05 06; do
  copy "corrige_$nn" "$nn"
  accepted "corrige_$nn" "$nn"
  q=$(question "$nn")
  cp "$root/exercises/$q"/*.cpp "$work/exercice_$nn.cpp"
  accepted "exercice_$nn" "$nn"
done

# La question 01 écrite autrement, juste, avec ce qu'un étudiant peut employer.
cat >"$work/variante.cpp" <<'EOF'
// Question 01 — une autre rédaction, juste.
#include "td4/q01_courbe_fI.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// Un vecteur global constant, et une aide modèle, dans un espace anonyme.
const std::vector<double> fractions = {0.5, 0.25, 0.75};

template <typename T>
T square(T x) { return x * x; }

std::string text(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

}  // namespace

namespace td4::q01 {

// Une chaîne globale (initialisée par .init_array) et des aides de l'exercice.
std::string curve_title = "Courbe f-I : Φ(I)";

double argument(double I, const Transfer& p) { return p.kappa * (I - p.Ihalf); }

template <typename F>
std::vector<double> map(const std::vector<double>& xs, F f) {
  std::vector<double> ys;
  for (double x : xs) ys.push_back(f(x));
  return ys;
}

inline double half(double x) { return 0.5 * x; }

template <typename T>
T twice(T x) { return x + x; }

double fI(double I, const Transfer& p) {
  const std::function<double(double)> th = [](double x) { return std::tanh(x); };
  return half(p.rmax) * (1.0 + th(argument(I, p)));
}

double fI_inv(double r, const Transfer& p) {
  if (!(r > 0.0 && r < p.rmax))
    throw std::domain_error("Φ⁻¹(r) n'est définie que pour 0 < r < " + text(p.rmax));
  const std::function<double(double)> one = twice<double>;  // twice<double>, faible
  return one(0.5) * std::atanh(2.0 * r / p.rmax - 1.0) / p.kappa + p.Ihalf;
}

double fI_deriv(double I, const Transfer& p) {
  static const std::vector<double> halves{0.5};  // statique locale, initialisée une fois
  return halves[0] * p.rmax * p.kappa * (1.0 - square(std::tanh(argument(I, p))));
}

std::vector<double> inverse_samples(const Transfer& p, int n) {
  std::vector<double> r;
  for (int k = n - 1; k >= 0; --k) r.push_back(p.rmax * (k + fractions[0]) / n);
  std::sort(r.begin(), r.end());
  return r;
}

void draw(const Transfer& p, Plotter& plot) {
  std::vector<double> I;
  for (int k = 0; k <= 200; ++k) I.push_back(p.Ihalf - 4.0 / p.kappa + 8.0 / p.kappa * k / 200);
  Figure phi{"01_courbe_fI", curve_title, "courant I", "taux r (Hz)"};
  phi.curve(I, map(I, [&p](double x) { return fI(x, p); }), "Φ(I)");
  plot.show(phi);
  const std::vector<double> r = inverse_samples(p, 200);
  Figure inv{"01_courbe_fI_inverse", "Inverse", "taux r (Hz)", "courant I"};
  inv.curve(r, map(r, [&p](double x) { return fI_inv(x, p); }), "Φ⁻¹(r)");
  plot.show(inv);
  Figure der{"01_courbe_fI_derivee", "Dérivée", "courant I", "Φ'(I)"};
  der.curve(I, map(I, [&p](double x) { return fI_deriv(x, p); }), "Φ'(I)");
  plot.show(der);
}

}  // namespace td4::q01
EOF
accepted variante 01

# Les sources : les mots interdits dans un commentaire, une chaîne ou une
# chaîne brute ne comptent pas ; un séparateur de chiffres n'ouvre pas de
# caractère ; [[nodiscard]] et [[maybe_unused]] sont permis.
copy mots 01
edit mots 's|$|
namespace td4::q01 {
// asm, __attribute__((weak)), [[gnu::weak]], ## et #pragma weak : des mots.
/* asm(".section .init") */
[[nodiscard, maybe_unused]] int words() {
  const char* a = "asm(\\"nop\\") __attribute__ ## [[gnu::weak]]";
  const char* b = R"x(asm("nop") )" [[gnu::weak]] )x";
  const char c = \x27"\x27;
  return static_cast<int>(a[0] + b[0] + c + 1\x27000\x27000);
}
}  // namespace td4::q01
|'
accepted mots 01

# Mais une ligne continuée (« \ ») ne cache pas ce qui suit.
copy continuee 01
edit continuee 's|$|\nnamespace td4::q01 {\nint x = 1; as\\\nm("nop");\n}\n|'
refused continuee 01 '^source refusée : .*continuee.cpp, ligne [0-9]+ : asm — '

# Un usage faux : code 2, sans refus.
rc=0
sh "$checker" 1 "$root/tests/01_courbe_fI/autorise.txt" "$work/corrige_01.o" >"$work/usage.out" 2>&1 || rc=$?
if [ $rc -eq 2 ] && grep -q "numéro de question invalide : 1" "$work/usage.out"; then
  echo "✔ usage faux : code 2"
else
  echo "✘ usage faux : code $rc"; cat "$work/usage.out"; failures=$((failures + 1))
fi

if [ $failures -gt 0 ]; then
  echo "ÉCHEC : $failures vérification(s) de verifier-symboles.sh"
  exit 1
fi
echo "verifier-symboles.sh : tout est refusé ou accepté comme il faut"
