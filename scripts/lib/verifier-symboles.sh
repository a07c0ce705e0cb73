#!/bin/sh
# verifier-symboles.sh [-r RESERVES]... [-s] NN LISTE OBJET.o... [-- SOURCE...]
#
# Ce que le code d'un exercice (question NN) a le droit de définir et
# d'appeler : une liste de ce qui est permis, et non de ce qui est interdit.
# Tout le reste est refusé AVANT de lancer quoi que ce soit, avec une ligne
# en français par refus sur la sortie standard.
#
#   NN        le numéro de la question (01 à 99)
#   LISTE     tests/NN_nom/autorise.txt : ce que la question permet ; le
#             fichier autorise-commun.txt, à côté de ce script, y ajoute ce
#             que tout exercice C++ utilise (bibliothèque standard, libm…)
#   OBJET.o   les fichiers objets de l'exercice, compilés comme lui
#   SOURCE    ses fichiers (.cpp, et tout ce qu'ils incluent de la copie),
#             lus pour l'assembleur et les attributs (voir plus bas)
#   -r RESERVES  une bibliothèque (.a, .o) ou une liste de noms (un nom
#             décoré par ligne) dont l'exercice ne doit redéfinir aucun
#             symbole, même en ligne (inline) ; répétable (libtd4.a…)
#   -s        les objets sont instrumentés par -fsanitize=address,undefined :
#             les appels aux sanitizers et leurs sections sont permis
#
# Code de sortie : 0 rien de refusé, 1 au moins un refus, 2 mauvais usage
# (arguments, fichier illisible, readelf ou c++filt absents).
#
# Les fichiers objets, lus par readelf (binutils) :
#  - un symbole qu'ils utilisent sans le définir (un appel, une donnée)
#    doit figurer dans les listes : un espace de noms permis (std::…), une
#    fonction C nommée (sin, memcpy…), ou un outil td4 que la question
#    offre ; les réponses de la bibliothèque n'y sont pas ; un outil des
#    figures qui en dirait trop (« appelle td4::saddle_nodes draw ») n'est
#    permis que dans td4::qNN::draw, d'après la fonction où est l'appel ;
#  - un symbole global qu'ils définissent doit être du code de la question
#    (td4::qNN::…), ou ce que le compilateur engendre de lui-même : une
#    instanciation de modèle ou une fonction en ligne, faible et dans un
#    groupe COMDAT, de std::, __gnu_cxx:: ou des en-têtes td4, et qui ne
#    remplace rien de la bibliothèque (-r) ; le reste est refusé (un nom de
#    la libc comme read ou getenv, operator new, un [[gnu::weak]]…) ;
#  - pas de fonction ifunc ni de symbole absolu (.set) ;
#  - les sections sont celles du code ordinaire : .text*, .data*, .bss*,
#    .rodata*, .eh_frame, .gcc_except_table… et .init_array, sans suffixe.
#    .init_array est ce que produit tout initialiseur global (une
#    std::string, un std::vector…) dans un code juste : il est permis, car
#    le verdict vient d'un autre processus, qui ne charge pas le code de
#    l'étudiant, et ce que l'initialiseur appelle passe par la liste des
#    appels comme le reste. .init, .fini, .ctors, .dtors, .preinit_array,
#    .fini_array et .init_array.<suffixe> (lancés hors de l'ordre des
#    initialiseurs) sont refusés, comme toute section inconnue.
# Les sources (après suppression des commentaires et des chaînes) :
#    asm, __asm__, __attribute__, __declspec, _Pragma, « ## » (qui
#    fabriquerait ces mots), #pragma autre que once, et tout attribut [[…]]
#    qui n'est pas un attribut standard (nodiscard, maybe_unused…).
#
# Les noms viennent du code de l'étudiant : ses caractères de contrôle et
# non ASCII deviennent « ? », et un nom trop long est coupé.
set -u
LC_ALL=C
export LC_ALL

usage() {
  echo "verifier-symboles.sh : $1" >&2
  echo "usage : verifier-symboles.sh [-r RESERVES]... [-s] NN LISTE OBJET.o... [-- SOURCE...]" >&2
  exit 2
}

reserves=""
sanitizers=0
while [ $# -gt 0 ]; do
  case $1 in
    -r)
      [ $# -ge 2 ] || usage "l'option -r attend un fichier"
      [ -r "$2" ] || usage "fichier de symboles réservés illisible : $2"
      case $2 in *"
"*) usage "nom de fichier avec un saut de ligne : $2" ;; esac
      reserves="$reserves$2
"
      shift 2 ;;
    -s) sanitizers=1; shift ;;
    --) usage "pas de fichier objet avant --" ;;
    -*) usage "option inconnue : $1 (acceptées : -r FICHIER, -s)" ;;
    *) break ;;
  esac
done
[ $# -ge 3 ] || usage "il faut NN, LISTE et au moins un fichier objet"
case $1 in
  [0-9][0-9]) ;;
  *) usage "numéro de question invalide : $1 (deux chiffres, 01 à 99)" ;;
esac
here=$(dirname "$0")
TD4_NN=$1 TD4_LISTE=$2 TD4_COMMUN=$here/autorise-commun.txt TD4_SANITIZERS=$sanitizers
export TD4_NN TD4_LISTE TD4_COMMUN TD4_SANITIZERS
[ -r "$TD4_LISTE" ] || usage "liste illisible : $TD4_LISTE"
[ -r "$TD4_COMMUN" ] || usage "liste commune illisible : $TD4_COMMUN"
shift 2
command -v readelf >/dev/null 2>&1 || usage "readelf est introuvable (paquet binutils)"
command -v c++filt >/dev/null 2>&1 || usage "c++filt est introuvable (paquet binutils)"

# Les noms réservés, un par ligne « R<TAB>x<nom> » (le « x » empêche
# c++filt de les traduire).
reserved_names() {
  printf '%s' "$reserves" | while IFS= read -r file; do
    case $file in
      *.a | *.o) nm -g --defined-only "$file" 2>/dev/null \
        | awk 'NF == 3 && $2 ~ /^[TDBRi]$/ { print "R\tx" $3 }' ;;
      *) awk 'NF >= 1 && $1 !~ /^#/ { print "R\tx" $1 }' "$file" ;;
    esac
  done
}

# La table des sections et celle des symboles d'un objet, en lignes
#   S<TAB>indice<TAB>drapeaux<TAB>x<nom><TAB>type
#   S<TAB>…<TAB>décalage dans le fichier<TAB>section visée (relocations)
#   Y<TAB>indice<TAB>type<TAB>liaison<TAB>x<nom><TAB><nom, que c++filt traduit><TAB>valeur<TAB>taille
#   L<TAB>décalage de la section de relocations<TAB>décalage<TAB>x<symbole visé>
# (caractères de contrôle et non ASCII remplacés par « ? »).
object_tables() {
  readelf -SW "$1" | awk '
    /^ *\[ *[0-9]+\]/ {
      line = $0
      gsub(/[^ -~]/, "?", line)
      idx = line; sub(/^ *\[ */, "", idx); sub(/\].*$/, "", idx)
      sub(/^ *\[ *[0-9]+\] /, "", line)
      n = split(line, f, " ")
      # Sans drapeaux, la colonne NF-6 est l adresse (16 chiffres).
      if (f[n - 6] ~ /^[0-9a-f]+$/ && length(f[n - 6]) == 16) { flags = ""; last = n - 8; off = f[n - 5] }
      else { flags = f[n - 3]; last = n - 9; off = f[n - 6] }
      name = ""
      for (i = 1; i <= last; i++) name = name (i > 1 ? " " : "") f[i]
      printf "S\t%s\t%s\tx%s\t%s\t%s\t%s\n", idx, flags, name, f[last + 1], off, f[n - 1]
    }' || return 1
  readelf -sW "$1" | awk '
    $1 ~ /^[0-9]+:$/ && NF >= 7 {
      line = $0
      gsub(/[^ -~]/, "?", line)
      n = split(line, f, " ")
      name = ""
      for (i = 8; i <= n; i++) name = name (i > 8 ? " " : "") f[i]
      printf "Y\t%s\t%s\t%s\tx%s\t%s\t%s\t%s\n", f[7], f[4], f[5], name, name, f[2], f[3]
    }'
  readelf -rW "$1" | awk '
    /^Relocation section / { at = $0; sub(/^.* at offset /, "", at); sub(/ .*$/, "", at) }
    $1 ~ /^[0-9a-f]+$/ && length($1) == 16 && NF >= 5 {
      name = $5
      gsub(/[^ -~]/, "?", name)
      printf "L\t%s\t%s\tx%s\n", at, $1, name
    }'
}

# Le contrôle d'un objet : lit les lignes R, S puis Y ; écrit les refus.
check_object() {
  awk -F '\t' -v obj="$1" '
  function clean(s) {
    gsub(/[^ -~]/, "?", s)
    if (length(s) > 160) s = substr(s, 1, 157) "..."
    return s
  }
  function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
  function load(file,    line, kind, value, n, w) {
    while ((getline line < file) > 0) {
      sub(/#.*$/, "", line)
      line = trim(line)
      if (line == "") continue
      n = split(line, w, /[ \t]+/)
      kind = w[1]; value = w[2]
      if (n == 3 && kind == "appelle") scope[value] = w[3]
      else if (n != 2) { print "verifier-symboles.sh : ligne invalide dans " file " : " line > "/dev/stderr"; bad = 1; continue }
      if (kind == "definit") own = value
      else if (kind == "appelle") calls[value] = 1
      else if (kind == "espace") space[value] = 1
      else if (kind == "c") cfun[value] = 1
      else if (kind == "libm") { cfun[value] = 1; cfun[value "f"] = 1; cfun[value "l"] = 1 }
      else if (kind == "prefixe") prefix[value] = 1
      else if (kind == "genere") generated[value] = 1
      else { print "verifier-symboles.sh : sorte inconnue « " kind " » dans " file > "/dev/stderr"; bad = 1 }
    }
    close(file)
  }
  # Le nom qualifié (espaces de noms, classes, fonction) d un nom décoré
  # selon l ABI Itanium, sans les paramètres ni le type de retour :
  # _ZNK3td410Trajectory9componentEm -> td4::Trajectory::component. Pour
  # une entité locale (_ZZ…), celui de la fonction qui la contient ; pour
  # une table virtuelle, un typeinfo ou une variable de garde, celui de
  # leur objet. Vide pour un opérateur global ou un type de base.
  function qualified(m,    s, out, c, n, nested) {
    s = m
    sub(/[.@].*$/, "", s)
    s = substr(s, 3)
    for (;;) {
      if (s ~ /^T[VISTHWC]/) s = substr(s, 3)
      else if (s ~ /^Th/) sub(/^Thn?[0-9]+_/, "", s)
      else if (s ~ /^Tv/) sub(/^Tvn?[0-9]+_n?[0-9]+_/, "", s)
      else if (s ~ /^Tc/) {
        s = substr(s, 3)
        sub(/^(hn?[0-9]+_|vn?[0-9]+_n?[0-9]+_)/, "", s)
        sub(/^(hn?[0-9]+_|vn?[0-9]+_n?[0-9]+_)/, "", s)
      }
      else if (s ~ /^G[VR]/) s = substr(s, 3)
      else if (s ~ /^[ZL]/) s = substr(s, 2)
      else break
    }
    nested = (s ~ /^N/)
    if (nested) { s = substr(s, 2); sub(/^[rVK]*[RO]?/, "", s) }
    out = ""
    for (;;) {
      if (s ~ /^St/) { c = "std"; s = substr(s, 3) }
      else if (s ~ /^S[absiod]/) { c = "std"; s = "" }
      else if (s ~ /^[1-9]/) {
        n = s; sub(/[^0-9].*$/, "", n)
        c = substr(s, length(n) + 1, n + 0)
        s = substr(s, length(n) + 1 + n)
      }
      else break
      out = out (out == "" ? "" : "::") c
      while (s ~ /^B[1-9]/) {  # étiquette d ABI : [abi:cxx11]
        n = substr(s, 2); sub(/[^0-9].*$/, "", n)
        s = substr(s, 2 + length(n) + n)
      }
      if (!nested && c != "std") break
    }
    return out
  }
  function first(q) { sub(/::.*$/, "", q); return q }
  function inside(q, ns) { return q == ns || index(q, ns "::") == 1 }
  function has_prefix(m,    p) {
    for (p in prefix) if (index(m, p) == 1) return 1
    return 0
  }
  # Un nombre écrit en hexadécimal (readelf).
  function hex(s,    i, c, v) {
    s = tolower(s); sub(/^0x/, "", s); v = 0
    for (i = 1; i <= length(s); i++) {
      c = index("0123456789abcdef", substr(s, i, 1)) - 1
      if (c < 0) return -1
      v = v * 16 + c
    }
    return v
  }
  function call_allowed(m,    q, e) {
    if (has_prefix(m)) return 1
    if (substr(m, 1, 2) != "_Z") return (m in cfun)
    q = qualified(m)
    if (q == "") return 0
    if (first(q) in space) return 1
    if (inside(q, own)) return 1
    for (e in calls)
      if (inside(q, e)) {
        # « appelle td4::outil draw » : seulement depuis td4::qNN::draw.
        if (e in scope) restricted[m] = own "::" scope[e]
        return 1
      }
    return 0
  }
  function refuse(text) {
    if (!(text in said)) { said[text] = 1; print text }
    status = 1
  }
  function section_reason(name) {
    if (name ~ /^\.(init|fini)$/)
      return "du code lancé au chargement ou à la fin du programme, hors des fonctions de l\047exercice"
    if (name ~ /^\.(ctors|dtors|preinit_array|init_array|fini_array)/)
      return "une fonction lancée avant ou après le programme, hors de l\047ordre des initialiseurs"
    return "section inconnue (attribut section, assembleur ?) : le code d\047un exercice n\047en a pas besoin"
  }
  function section_allowed(name) {
    if (name == "") return 1
    if (name ~ /^\.(text|data|bss|rodata|tdata|tbss|gcc_except_table)(\..*)?$/) return 1
    if (name ~ /^\.(init_array|eh_frame|group|symtab|symtab_shndx|strtab|shstrtab|comment|llvm_addrsig|linker-options)$/) return 1
    if (name ~ /^\.note\.(GNU-stack|gnu\.property)$/) return 1
    if (name ~ /^\.debug_[a-z_]+$/) return 1
    if (sanitizers && name ~ /^\.(init_array|fini_array)\.0*99$/) return 1
    return 0
  }
  BEGIN {
    nn = ENVIRON["TD4_NN"]; sanitizers = ENVIRON["TD4_SANITIZERS"] + 0
    load(ENVIRON["TD4_COMMUN"]); load(ENVIRON["TD4_LISTE"])
    if (own == "") { print "verifier-symboles.sh : « definit td4::qNN » manque dans " ENVIRON["TD4_LISTE"] > "/dev/stderr"; bad = 1 }
    if (bad) exit 2
    if (sanitizers) { prefix["__asan_"] = 1; prefix["__ubsan_"] = 1; prefix["__sanitizer_"] = 1 }
    status = 0
  }
  $1 == "R" { reserved[substr($2, 2)] = 1; next }
  $1 == "S" {
    name = substr($4, 2)
    group[$2] = ($3 ~ /G/)
    section_at[hex($6)] = $2; target[$2] = $7
    # Les relocations d une section : vérifiées avec elle. Un autre type
    # sous ce nom, l éditeur de liens le verserait dans .rela.dyn.
    if ($5 == "RELA" || $5 == "REL") {
      if (name !~ /^\.rela?\./ || $3 ~ /A/)
        refuse("section refusée : " clean(name) " — des relocations écrites à la main")
    } else if (name ~ /^\.rela?(\.|$)/)
      refuse("section refusée : " clean(name) " — un nom de relocations sur une section qui n\047en est pas")
    else if (!section_allowed(name))
      refuse("section refusée : " clean(name) " — " section_reason(name))
    next
  }
  $1 == "Y" {
    ndx = $2; type = $3; bind = $4; m = substr($5, 2); shown = clean($6)
    if (type == "FILE" || type == "SECTION" || m == "") next
    if (type == "FUNC" && ndx ~ /^[0-9]+$/) {
      k = ++functions[ndx]
      start[ndx, k] = hex($7); finish[ndx, k] = hex($7) + ($8 ~ /^0x/ ? hex($8) : $8 + 0); host[ndx, k] = m
    }
    demangled[m] = shown; full[m] = $6
    if (ndx == "UND") {
      if (call_allowed(m)) next
      q = substr(m, 1, 2) == "_Z" ? qualified(m) : ""
      if (first(q) == "td4")
        refuse("appel refusé : " shown " — la bibliothèque calcule ici une réponse de la question " nn \
               " (ou ne l\047offre pas à cette question) : écrivez le calcul vous-même")
      else
        refuse("appel refusé : " shown " — hors de ce que l\047exercice peut appeler (bibliothèque " \
               "standard C++, fonctions mathématiques, outils td4 de la question)")
      next
    }
    if (type == "GNU_IFUNC" || type == "IFUNC") {
      refuse("définition refusée : " shown " — fonction ifunc, choisie au chargement du programme")
      next
    }
    if (bind == "LOCAL") next
    if (ndx == "ABS") {
      refuse("définition refusée : " shown " — symbole absolu (.set, assembleur)")
      next
    }
    q = substr(m, 1, 2) == "_Z" ? qualified(m) : ""
    if (bind == "GLOBAL" && inside(q, own)) next
    if (bind != "GLOBAL") {
      if (!group[ndx]) {
        refuse("définition refusée : " shown " — symbole faible écrit à la main ([[gnu::weak]], .weak) : " \
               "le compilateur n\047en crée que pour les modèles et les fonctions en ligne")
        next
      }
      if (m in reserved) {
        refuse("définition refusée : " shown " — elle remplacerait celle de la bibliothèque du cahier")
        next
      }
      if (m in generated || inside(q, own) || first(q) in space || first(q) == "td4") next
      # Le typeinfo d un type composé (double (*)(double)…) : une donnée.
      if (m ~ /^_ZT[IS]/ && q == "") next
    }
    refuse("définition refusée : " shown " — l\047exercice ne définit que les fonctions de " own \
           " (une fonction d\047aide : dans " own " ou dans un espace de noms anonyme)")
    next
  }
  # Un appel à un outil permis seulement dans une fonction : la fonction
  # où est la relocation (ses lambdas et ses morceaux .cold comptent pour
  # elle ; une fonction d aide, non).
  $1 == "L" {
    m = substr($4, 2)
    if (!(m in restricted)) next
    sec = target[section_at[hex($2)]]; off = hex($3); h = ""
    for (k = 1; k <= functions[sec]; k++)
      if (off >= start[sec, k] && off < finish[sec, k]) { h = host[sec, k]; break }
    # (Un modèle instancié avec une lambda de draw, std::function… : son
    # nom contient « td4::qNN::draw(…)::{lambda… ».)
    if (h == "" || !inside(qualified(h), restricted[m]) && index(full[h], restricted[m] "(") == 0)
      refuse("appel refusé : " demangled[m] " — permis seulement dans " restricted[m] \
             " (ailleurs, il donnerait une réponse de la question " nn ") : appelez-le de là")
    next
  }
  END { if (bad) exit 2; exit status }
  '
}

# Les sources, ligne par ligne : lignes continuées (« \ » en fin de ligne)
# jointes comme le fait le préprocesseur, puis commentaires, chaînes (brutes
# comprises) et caractères remplacés par des espaces, comme les découpe le
# compilateur (un séparateur de chiffres 1'000 n'ouvre pas de caractère).
check_source() {
  if [ "$(wc -c <"$1")" -gt 1000000 ]; then
    echo "source refusée : $(printf '%s' "$1" | LC_ALL=C tr -c ' -~' '?' | cut -c 1-80) — plus de 1 000 000 octets"
    return 1
  fi
  awk -v file="$1" '
  function clean(s) { gsub(/[^ -~]/, "?", s); if (length(s) > 80) s = substr(s, 1, 77) "..."; return s }
  function refuse(what, why,    text) {
    text = "source refusée : " clean(file) ", ligne " firstline " : " clean(what) " — " why
    if (!(text in said)) { said[text] = 1; print text }
    status = 1
  }
  # Le mot (lettres, chiffres, _) qui finit le texte t, ou "".
  function last_word(t) { return match(t, /[A-Za-z0-9_]+$/) ? substr(t, RSTART) : "" }
  # La ligne sans commentaires, chaînes ni caractères ; l état (commentaire
  # /* ouvert, chaîne brute ouverte) passe d une ligne à la suivante.
  function strip(rest,    out, c, w, p, j, d, t, pb, pc) {
    out = ""
    while (rest != "") {
      if (incomment) {
        p = index(rest, "*/"); if (!p) return out
        rest = substr(rest, p + 2); out = out " "; incomment = 0; continue
      }
      if (inraw) {
        p = index(rest, ")" rawdelim "\""); if (!p) return out
        rest = substr(rest, p + length(rawdelim) + 2); out = out " "; inraw = 0; continue
      }
      if (!match(rest, /[\/"\047]/)) return out rest
      out = out substr(rest, 1, RSTART - 1); rest = substr(rest, RSTART); c = substr(rest, 1, 1)
      if (c == "/") {
        if (substr(rest, 1, 2) == "//") return out
        if (substr(rest, 1, 2) == "/*") { incomment = 1; rest = substr(rest, 3); out = out " "; continue }
        out = out "/"; rest = substr(rest, 2); continue
      }
      w = last_word(out)
      if (c == "\047" && w ~ /^[0-9]/) { out = out c; rest = substr(rest, 2); continue }
      if (c == "\"" && w ~ /^(R|LR|uR|UR|u8R)$/) {
        d = index(rest, "(")
        if (!d) return out
        rawdelim = substr(rest, 2, d - 2); rest = substr(rest, d + 1); inraw = 1; out = out " "; continue
      }
      # Chaîne ou caractère ordinaire : jusqu au même guillemet non échappé.
      j = 2
      for (;;) {
        t = substr(rest, j); pb = index(t, "\\"); pc = index(t, c)
        if (!pc) return out
        if (pb && pb < pc) { j += pb + 1; continue }
        p = j + pc - 1
        break
      }
      rest = substr(rest, p + 1); out = out " "
    }
    return out
  }
  function check(code,    s, w, inner, body, k, t, item, items) {
    s = code
    while (match(s, /[A-Za-z_][A-Za-z0-9_]*/)) {
      w = substr(s, RSTART, RLENGTH)
      if (w ~ /^(asm|__asm|__asm__)$/)
        refuse(w, "l\047assembleur est interdit dans un exercice : écrivez le calcul en C++")
      else if (w ~ /^(__attribute__|__attribute|__declspec)$/)
        refuse(w, "attribut du compilateur interdit dans un exercice")
      else if (w == "_Pragma")
        refuse(w, "directive du compilateur interdite dans un exercice")
      s = substr(s, RSTART + RLENGTH)
    }
    # Le collage de mots du préprocesseur fabriquerait les mots ci-dessus.
    if (match(code, /##|%:%:/))
      refuse(substr(code, RSTART, RLENGTH), "le collage de mots du préprocesseur est interdit dans un exercice")
    if (code ~ /^[ \t]*(#|%:)[ \t]*pragma/ && code !~ /^[ \t]*(#|%:)[ \t]*pragma[ \t]+once[ \t]*$/)
      refuse(code, "directive interdite dans un exercice (seul #pragma once est permis)")
    # [[…]] : seulement les attributs standard, sans espace de noms.
    if (previous ~ /\[[ \t]*$/ && code ~ /^[ \t]*\[/)
      refuse("[ [", "attribut coupé sur deux lignes")
    s = code
    while (match(s, /\[[ \t]*\[/)) {
      s = substr(s, RSTART + RLENGTH)
      k = index(s, "]"); inner = k ? substr(s, 1, k - 1) : s
      body = inner
      while (gsub(/\([^()]*\)/, "", body) > 0) ;
      k = split(body, items, ",")
      if (k == 0) items[++k] = ""
      for (t = 1; t <= k; t++) {
        item = items[t]; gsub(/^[ \t]+|[ \t]+$/, "", item); sub(/[ \t]*\.\.\.$/, "", item)
        if (item !~ /^(noreturn|carries_dependency|deprecated|fallthrough|nodiscard|maybe_unused|likely|unlikely|no_unique_address|assume)$/) {
          refuse("[[" inner "]]", "seuls les attributs standard ([[nodiscard]], [[maybe_unused]]…) sont permis dans un exercice")
          break
        }
      }
    }
    previous = code
  }
  {
    raw = $0
    sub(/\r$/, "", raw)
    if (pending) logical = logical raw
    else { logical = raw; firstline = NR }
    if (logical ~ /\\$/) { logical = substr(logical, 1, length(logical) - 1); pending = 1; next }
    pending = 0
    check(strip(logical))
  }
  END {
    if (pending) check(strip(logical))
    exit status
  }' "$1"
}

status=0
mode=objects
objects=0
for arg in "$@"; do
  if [ "$mode" = objects ] && [ "$arg" = -- ]; then mode=sources; continue; fi
  [ -r "$arg" ] || usage "fichier illisible : $arg"
  if [ "$mode" = objects ]; then
    objects=$((objects + 1))
    # Des tables illisibles ne doivent pas passer pour des tables vides.
    { readelf -h "$arg" && readelf -SW "$arg" && readelf -sW "$arg"; } >/dev/null 2>&1 \
      || usage "pas un fichier objet ELF lisible : $arg"
    { reserved_names; object_tables "$arg"; } | c++filt | check_object "$arg" || status=1
  else
    check_source "$arg" || status=1
  fi
done
[ "$objects" -gt 0 ] || usage "pas de fichier objet"
exit $status
