#include "td4/answers.hpp"

#include "td4/errors.hpp"
#include "td4/one_population.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

// Le dossier des exercices choisi à la construction (common/CMakeLists.txt).
#ifndef TD4_EXERCICES_DIR_DEFAULT
#define TD4_EXERCICES_DIR_DEFAULT "exercises"
#endif

namespace td4::answers {

namespace {

std::string at_line(const std::string& path, std::size_t line) {
  return path + ", ligne " + std::to_string(line) + " : ";
}

// Une valeur reçue, citée sur une ligne et pas trop longue.
std::string quoted(const std::string& value) {
  std::string v = printable(value);
  if (v.size() > 60) v = v.substr(0, 57) + "…";
  return "« " + v + " »";
}

// La longueur de la séquence UTF-8 valide qui commence en s[i], 0 sinon.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t n;
  unsigned min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  unsigned cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Minuscules, sans accents, « _ » pour les espaces et les tirets.
std::string normalized(const std::string& text) {
  static const std::pair<const char*, const char*> accents[] = {
      {"œ", "oe"}, {"Œ", "oe"}, {"é", "e"}, {"É", "e"}, {"è", "e"}, {"È", "e"}, {"ê", "e"},
      {"Ê", "e"}, {"ë", "e"},   {"à", "a"}, {"À", "a"}, {"â", "a"}, {"î", "i"}, {"ï", "i"},
      {"ô", "o"}, {"û", "u"},   {"ù", "u"}, {"ç", "c"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : accents) {
      const std::size_t n = std::strlen(from);
      if (text.compare(i, n, from) == 0) {
        out += to;
        i += n;
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (c == ' ' || c == '-' || c == '\t') {
      if (out.empty() || out.back() != '_') out += '_';
    } else out += c;
  }
  return out;
}

}  // namespace

std::string Sheet::value(const std::string& key) const {
  for (const auto& [k, v] : entries)
    if (k == key) return v;
  return "";
}

Sheet parse(std::string_view text, const std::string& path) {
  if (text.size() > max_file_bytes)
    throw Problem(path + " : fichier trop gros (plus de " + std::to_string(max_file_bytes / 1024) +
                  " Kio) ; une réponse tient sur une ligne");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM d'un éditeur
  Sheet sheet;
  sheet.path = path;
  sheet.found = true;
  std::size_t number = 0;
  while (!text.empty()) {
    ++number;
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // fin de ligne Windows
    if (line.size() > max_line_bytes)
      throw Problem(at_line(path, number) + "ligne trop longue (plus de " +
                    std::to_string(max_line_bytes) + " octets)");
    for (std::size_t i = 0; i < line.size();) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      if ((c < 0x20 && c != '\t') || c == 0x7F)
        throw Problem(at_line(path, number) + "caractère de contrôle (code " + std::to_string(c) +
                      ") : n'écrivez que du texte");
      const std::size_t n = utf8_length(line, i);
      if (n == 0)
        throw Problem(at_line(path, number) +
                      "texte qui n'est pas de l'UTF-8 valide : enregistrez le fichier en UTF-8");
      i += n;
    }
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    const std::size_t eq = content.find('=');
    const std::string_view key = eq == std::string_view::npos ? content : trim(content.substr(0, eq));
    if (eq == std::string_view::npos || key.empty() ||
        !std::all_of(key.begin(), key.end(), key_char))
      throw Problem(at_line(path, number) + "ni commentaire (#), ni « clé = valeur » : " +
                    quoted(std::string(content)) +
                    " (une réponse s'écrit après le « = » de sa clé, sur la même ligne)");
    const std::string k(key);
    if (std::any_of(sheet.entries.begin(), sheet.entries.end(),
                    [&](const auto& e) { return e.first == k; }))
      throw Problem(at_line(path, number) + "la clé « " + k + " » apparaît deux fois");
    sheet.entries.emplace_back(k, std::string(trim(content.substr(eq + 1))));
  }
  return sheet;
}

std::string path_for(const std::string& question) {
  const char* dir = std::getenv("TD4_REPONSES_DIR");
  const std::string base = dir && *dir ? dir : TD4_EXERCICES_DIR_DEFAULT;
  return base + "/" + question + "/reponses.txt";
}

Sheet load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) {
      Sheet empty;
      empty.path = path;
      return empty;
    }
    throw Problem(path + " : illisible (" + std::strerror(errno) + ")");
  }
  std::string text(max_file_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw Problem(path + " : illisible");
  return parse(text, path);
}

Sheet load(const std::string& question) { return load_file(path_for(question)); }

void require_known(const Sheet& sheet, const std::vector<std::string>& keys) {
  for (const auto& [k, v] : sheet.entries)
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
      std::string list;
      for (const std::string& known : keys) list += (list.empty() ? "" : ", ") + known;
      throw Problem(sheet.path + " : clé inconnue « " + k + " » (celles de cette question : " +
                    list + ")");
    }
}

std::optional<long> count(const Sheet& sheet, const std::string& key) {
  const std::string v = sheet.value(key);
  if (v.empty()) return std::nullopt;
  std::string_view digits = v;
  if (digits.front() == '+') digits.remove_prefix(1);
  long n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.empty() || digits.size() > 6 || ec != std::errc{} ||
      end != digits.data() + digits.size() || n < 0)
    throw Problem(sheet.path + " : « " + key + " » attend un entier écrit en chiffres (reçu : " +
                  quoted(v) + ")");
  return n;
}

std::optional<double> number(const Sheet& sheet, const std::string& key) {
  const std::string v = sheet.value(key);
  if (v.empty()) return std::nullopt;
  // Seulement des chiffres, un signe, une virgule ou un point, un exposant :
  // ni « inf », ni « nan », ni unité, ni expression.
  std::string text = v;
  std::replace(text.begin(), text.end(), ',', '.');
  const bool allowed = text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
                         return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' ||
                                c == 'e' || c == 'E';
                       });
  std::string_view s = text;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double x = 0;
  const auto [end, ec] = allowed ? std::from_chars(s.data(), s.data() + s.size(), x)
                                 : std::from_chars_result{s.data(), std::errc::invalid_argument};
  if (!allowed || s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(x))
    throw Problem(sheet.path + " : « " + key +
                  " » attend un nombre, comme 0,25 ou 1e-3, sans unité (reçu : " + quoted(v) + ")");
  return x;
}

std::optional<std::string> choice(const Sheet& sheet, const std::string& key,
                                  const std::vector<std::string>& choices) {
  const std::string v = sheet.value(key);
  if (v.empty()) return std::nullopt;
  const std::string n = normalized(v);
  for (const std::string& c : choices)
    if (n == c) return c;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  throw Problem(sheet.path + " : « " + key + " » attend l'un de : " + list + " (reçu : " +
                quoted(v) + ")");
}

Sheet for_program(const std::string& question) {
  try {
    return load(question);
  } catch (const Problem& e) {
    std::cout << "# reponses.txt ignoré : " << printable(e.what()) << '\n';
    return Sheet{};
  }
}

namespace {
// « 1 point fixe », « 3 points fixes » (le nom au singulier, « point fixe »).
std::string counted(std::size_t n, const std::string& noun) {
  const std::string number = std::to_string(n) + " ";
  if (n <= 1) return number + noun;
  std::string plural;
  for (char c : noun) {
    if (c == ' ') plural += 's';
    plural += c;
  }
  return number + plural + "s";
}
std::string line(const std::string& predicted, const std::string& actual) {
  return "#   vous aviez prédit " + predicted + " : " + actual + "\n";
}
std::string shown(double x) {
  std::ostringstream s;
  s.precision(6);
  s << x;
  return s.str();
}
}  // namespace

bool asked(const OnePopulation& p, double Iext, double w) {
  const Transfer d;
  return p.Iext == Iext && p.w == w && p.transfer.rmax == d.rmax && p.transfer.Ihalf == d.Ihalf &&
         p.transfer.kappa == d.kappa;
}

std::string predicted_count(const Sheet& sheet, const std::string& key, const std::string& noun,
                            std::size_t actual) {
  try {
    if (const auto n = count(sheet, key))
      return line(counted(static_cast<std::size_t>(*n), noun), "il y en a " + std::to_string(actual));
  } catch (const Problem&) {
  }
  return "";
}

std::string predicted_choice(const Sheet& sheet, const std::string& key,
                             const std::vector<std::string>& choices, const std::string& what,
                             const std::string& actual) {
  try {
    if (const auto c = choice(sheet, key, choices))
      return line("« " + *c + " » (" + what + ")", "le programme trouve « " + actual + " »");
  } catch (const Problem&) {
  }
  return "";
}

std::string predicted_number(const Sheet& sheet, const std::string& key, const std::string& what,
                             const std::string& unit, double actual) {
  try {
    if (const auto x = number(sheet, key))
      return line(what + " = " + shown(*x) + unit, "le programme trouve " + shown(actual) + unit);
  } catch (const Problem&) {
  }
  return "";
}

}  // namespace td4::answers
