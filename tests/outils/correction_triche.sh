#!/usr/bin/env bash
# Vérifie que scripts/corriger-classe.sh ne se laisse ni tromper ni attaquer,
# sur des copies de la question 01 fabriquées à partir du corrigé :
#   - tricheuses (avec une réponse fausse) : sortie dès l'initialisation
#     statique avec un faux bilan, td4::check redéfini, unit_test_main
#     redéfini, le corrigé inclus, /etc/passwd inclus, un constructeur
#     prioritaire, du code dans .init ou .init_array.+, __libc_start_main,
#     getenv, operator new, read ou dprintf redéfinis, la mémoire fouillée,
#     td4::phi remplacée (faible, alias) ; toutes « à corriger », jamais
#     « réussi » ;
#   - hostile (juste) : écrit dans l'arbre de l'enseignant, dans une autre
#     copie, dans $HOME, et laisse un processus qui réécrirait le rapport ;
#     bombe (juste) : processus, mémoire et disque sans fin ; refusées avant
#     de tourner (fork… hors de tests/01_courbe_fI/autorise.txt), et
#     hostile_permise, qui écrit et efface avec la seule bibliothèque
#     standard, permise : le bac à sable la contient ;
#   - noms étranges (justes) : « " ; saut de ligne * » dans le dossier,
#     « x;y.cpp » ; une copie qui est un lien symbolique, une qui en contient un ;
#   - sans bac à sable possible (un faux bwrap qui échoue), un refus.
# Rien ne doit changer hors des copies, ni rester en marche.
#   tests/outils/correction_triche.sh [DOSSIER_DE_CONSTRUCTION]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build=${1:-$root/build-correction}
work=$(mktemp -d)
home=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}
bait="$home/.td4-appat-$$"
trap 'rm -rf "$work" "$bait"' EXIT

q=01_courbe_fI
solution="$root/solutions/$q/courbe_fI.cpp"
copies="$work/copies"
report="$work/rapport"
odd=$'bizarre "x;y\nz*'
new_copy() {
  mkdir -p "$copies/$1/$q"
  cp "$solution" "$copies/$1/$q/${2:-courbe_fI.cpp}"
  cp "$root/solutions/$q/reponses.txt" "$copies/$1/$q/"  # les réponses justes aux questions du TD
}
wrong_fI() {
  sed -i 's/^double fI(double I, const Transfer& p) {$/&\n  if (I == I) return 0.0;/' "$copies/$1/$q/courbe_fI.cpp"
}
append() { cat >>"$copies/$1/$q/courbe_fI.cpp"; }

new_copy complet
new_copy "$odd" 'x;y.cpp'
ln -s complet "$copies/lien"
mkdir -p "$copies/lien_interne/$q"
ln -s /etc/passwd "$copies/lien_interne/$q/courbe_fI.cpp"

new_copy faux_bilan && wrong_fI faux_bilan
append faux_bilan <<'FIN'
#include <cstdio>
#include <cstdlib>
namespace {
const int fake = [] {
  std::puts("Bilan : 42 réussi(s), 0 à corriger, 0 à compléter.\n*** No errors detected\n100% tests passed");
  std::exit(0);
  return 0;
}();
}
FIN
new_copy check_redefini && wrong_fI check_redefini
append check_redefini <<'FIN'
namespace td4::check {
bool close(double, double, double, const std::string&, const std::string&) { return true; }
bool that(bool, const std::string&, const std::string&, const std::string&) { return true; }
}
FIN
new_copy main_redefini && wrong_fI main_redefini
append main_redefini <<'FIN'
#include <cstdio>
namespace boost::unit_test {
int unit_test_main(bool (*)(), int, char**) {
  std::puts("Bilan : 6 réussi(s), 0 à corriger, 0 à compléter.");
  return 0;
}
}
FIN
mkdir -p "$copies/inclut_corrige/$q"
echo "#include \"../../../../$(basename "$root")/solutions/$q/courbe_fI.cpp\"" \
  >"$copies/inclut_corrige/$q/courbe_fI.cpp"
echo '#include "../../solutions/01_courbe_fI/courbe_fI.cpp"' >>"$copies/inclut_corrige/$q/courbe_fI.cpp"
new_copy inclut_passwd
sed -i '1i #include "/etc/passwd"' "$copies/inclut_passwd/$q/courbe_fI.cpp"
# Juste, mais par la réponse toute faite de la bibliothèque.
new_copy raccourci
sed -i 's/^double fI(double I, const Transfer& p) {$/&\n  if (I == I) return td4::phi(I, p);/' \
  "$copies/raccourci/$q/courbe_fI.cpp"
new_copy prioritaire
append prioritaire <<'FIN'
volatile int first = 0;
__attribute__((constructor(101))) static void before_the_harness() { first = 1; }
FIN

# Les ruses qui trompaient un programme de test partageant son secret avec
# le code de l'étudiant ; avec le juge à part, chacune garde sa réponse
# fausse, donc « à corriger » (la liste des symboles peut les refuser avant).
trick() { new_copy "$1" && wrong_fI "$1" && append "$1"; }
trick asm_init <<'FIN'
extern "C" void td4_ruse_init() {}
asm(".section .init\n\tcall td4_ruse_init\n\t.text");
FIN
trick init_array_plus <<'FIN'
static void td4_ruse() {}
__attribute__((section(".init_array.+"), used)) static void (*td4_ruse_ptr)() = td4_ruse;
FIN
trick libc_start_main <<'FIN'
#include <cstdio>
extern "C" int __libc_start_main(int (*)(int, char**, char**), int, char**, void (*)(), void (*)(),
                                 void (*)(), void*) {
  std::puts("Bilan : 9 réussi(s), 0 à corriger, 0 à compléter.");
  std::_Exit(0);
}
FIN
trick getenv_redefini <<'FIN'
extern "C" char* getenv(const char*) noexcept { return nullptr; }
FIN
trick operator_new <<'FIN'
#include <cstdlib>
#include <new>
void* operator new(std::size_t n) {
  static bool once = [] { std::puts("Bilan : 9 réussi(s), 0 à corriger, 0 à compléter."); return true; }();
  (void)once;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
FIN
trick read_interpose <<'FIN'
#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>
extern "C" ssize_t read(int fd, void* buf, size_t n) {
  static auto real = reinterpret_cast<ssize_t (*)(int, void*, size_t)>(dlsym(RTLD_NEXT, "read"));
  const ssize_t got = real(fd, buf, n);
  if (got == 48) dprintf(4, "bilan %.48s 9 0 0\n", static_cast<char*>(buf));
  return got;
}
FIN
trick dprintf_interpose <<'FIN'
#include <cstdarg>
#include <cstdio>
#include <unistd.h>
extern "C" int dprintf(int fd, const char*, ...) {
  const char line[] = "bilan 000000000000000000000000000000000000000000000000 9 0 0\n";
  return static_cast<int>(write(fd, line, sizeof line - 1));
}
FIN
trick memoire_scan <<'FIN'
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
namespace {
const int scan = [] {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    unsigned long lo = 0, hi = 0;
    char perms[5] = {};
    if (std::sscanf(line.c_str(), "%lx-%lx %4s", &lo, &hi, perms) != 3 || perms[1] != 'w') continue;
    const char* p = reinterpret_cast<const char*>(lo);
    for (unsigned long i = 0, run = 0; lo + i < hi; ++i) {
      run = std::isxdigit(static_cast<unsigned char>(p[i])) ? run + 1 : 0;
      if (run == 48) dprintf(4, "bilan %.48s 9 0 0\n", p + i - 47);
    }
  }
  return 0;
}();
}
FIN
trick phi_faible <<'FIN'
namespace td4 {
[[gnu::weak]] double phi(double, const Transfer&) { return 0.0; }
[[gnu::weak]] double phi_prime(double, const Transfer&) { return 0.0; }
}
FIN
trick phi_alias <<'FIN'
asm(".weak _ZN3td43phiEdRKNS_8TransferE\n.set _ZN3td43phiEdRKNS_8TransferE, _ZN3td43q012fIEdRKNS_8TransferE");
FIN

touch "$bait"
new_copy hostile
append hostile <<FIN
#include <cstdio>
#include <fstream>
#include <unistd.h>
namespace {
void attack(const char* path) { std::ofstream(path, std::ios::app) << "// pirate\\n"; }
const int hostile = [] {
  attack("$root/tests/$q/test_courbe_fI.cpp");
  attack("$root/scripts/corriger-classe.sh");
  attack("$copies/complet/$q/courbe_fI.cpp");
  std::remove("$bait");
  if (fork() == 0) {
    setsid();
    sleep(3);
    attack("$report/rapport.csv");
    _exit(0);
  }
  return 0;
}();
}
FIN
new_copy hostile_permise
append hostile_permise <<FIN
#include <filesystem>
#include <fstream>
namespace {
void attack(const char* path) { std::ofstream(path, std::ios::app) << "// pirate\\n"; }
const int hostile = [] {
  attack("$root/tests/$q/test_courbe_fI.cpp");
  attack("$root/scripts/corriger-classe.sh");
  attack("$copies/complet/$q/courbe_fI.cpp");
  std::error_code ec;
  std::filesystem::remove("$bait", ec);
  return 0;
}();
}
FIN
new_copy bombe
append bombe <<'FIN'
#include <csignal>
#include <fstream>
#include <new>
#include <string>
#include <unistd.h>
namespace {
const int bomb = [] {
  for (int i = 0; i < 100000; ++i) {
    const pid_t pid = fork();
    if (pid < 0) break;
    if (pid == 0) for (;;) pause();
  }
  try {
    std::vector<char> big(std::size_t(8) << 30, 'x');
  } catch (const std::bad_alloc&) {
  }
  std::signal(SIGXFSZ, SIG_IGN);
  const std::string mb(1 << 20, 'x');
  for (int f = 0; f < 64; ++f) {
    std::ofstream disk("/tmp/bombe" + std::to_string(f));
    std::ofstream here("disque" + std::to_string(f));
    for (int i = 0; i < 64 && disk && here; ++i) disk << mb, here << mb;
  }
  return 0;
}();
}
FIN

fingerprint() { (cd "$1" && find . -type f -exec md5sum {} + | sort); }
before_copies=$(fingerprint "$copies")
before_tree=$(fingerprint "$root/tests/$q"; md5sum "$root/scripts/corriger-classe.sh")

status=0
check() { if eval "$2"; then echo "✔ $1"; else echo "✘ $1"; status=1; fi; }

# Sans bac à sable possible, la correction refuse de commencer.
mkdir "$work/faux"
printf '#!/bin/sh\necho "bwrap: No permissions to create new namespace" >&2\nexit 1\n' >"$work/faux/bwrap"
chmod +x "$work/faux/bwrap"
refused=0
PATH="$work/faux:$PATH" "$root/scripts/corriger-classe.sh" --questions 01 --construction "$build" \
  "$copies" "$work/refus" 2>"$work/refus.txt" || refused=$?
check "sans bac à sable possible : refus (code 1) qui le dit en français" \
  '[ $refused -eq 1 ] && grep -q "ne peut pas créer de bac à sable.*--sans-bac-a-sable" "$work/refus.txt"'

bad=0
"$root/scripts/corriger-classe.sh" -j 0 "$copies" "$work/refus" 2>"$work/j0.txt" || bad=$?
check "-j 0 refusé (code 2) en nommant l'option" '[ $bad -eq 2 ] && grep -q -- "-j attend un nombre de copies entre 1 et 64 (reçu : 0)" "$work/j0.txt"'

start=$SECONDS
"$root/scripts/corriger-classe.sh" --delai 20 --questions 01 -j 2 --construction "$build" \
  "$copies" "$report"
echo "Durée : $((SECONDS - start)) s"

# La ligne CSV de la copie NOM (nom tel que le CSV l'écrit) commence par STATUT.
expect() {
  if grep -qF "\"$1\",\"01\",\"$2\"" "$report/rapport.csv" \
      && { [ -z "${3:-}" ] || grep -F "\"$1\",\"01\"," "$report/rapport.csv" | grep -qF -- "$3"; }; then
    echo "✔ $1 : $2${3:+ ($3)}"
  else
    echo "✘ $1 : attendu « $2 »${3:+ ($3)}, obtenu : $(grep -F "\"$1\"," "$report/rapport.csv" || echo rien)"
    status=1
  fi
}
expect complet "réussi"
expect 'bizarre ""x;y ; z*' "réussi"
expect lien "à corriger" "lien symbolique"
expect lien_interne "à corriger" "lien symbolique ou fichier spécial refusé : 01_courbe_fI/courbe_fI.cpp"
expect faux_bilan "à corriger" "appel refusé : exit"
for ruse in asm_init init_array_plus libc_start_main getenv_redefini operator_new read_interpose \
    dprintf_interpose memoire_scan phi_faible phi_alias; do
  expect "$ruse" "à corriger"
done
expect check_redefini "à corriger" "le code touche au programme de test : td4::check::"
expect main_redefini "à corriger" "boost::unit_test::unit_test_main"
expect inclut_corrige "à corriger" "fichier inclus hors de la copie"
expect inclut_passwd "à corriger" "fichier inclus hors de la copie : /etc/passwd"
expect prioritaire "à corriger" "avant le programme de test"
expect raccourci "à corriger" "appel refusé : td4::phi(double, td4::Transfer const&) — la bibliothèque calcule ici"
expect hostile "à corriger" "appel refusé : "
expect hostile_permise "réussi"
expect bombe "à corriger" "appel refusé : "
grep -q '^- question 01 : identique au corrigé : .*complet' "$report/rapport.md" \
  && echo "✔ copies identiques au corrigé signalées" || { echo "✘ copies identiques non signalées"; status=1; }
check "aucun contenu de /etc/passwd dans le rapport" "! grep -r -q 'root:x:0:0' '$report'"

sleep 4  # le processus laissé par la copie hostile aurait écrit maintenant
check "copies intactes" '[ "$before_copies" = "$(fingerprint "$copies")" ]'
check "arbre de l'enseignant intact" \
  '[ "$before_tree" = "$(fingerprint "$root/tests/$q"; md5sum "$root/scripts/corriger-classe.sh")" ]'
check "\$HOME intact" '[ -e "$bait" ]'
check "rapport non réécrit après la correction" "! grep -q pirate '$report/rapport.csv'"
check "aucun processus des copies encore en marche" "! ps -eo args | grep -q '^/td4/question/'"
[ $status -eq 0 ] && echo "RÉUSSI" || echo "ÉCHEC"
exit $status
