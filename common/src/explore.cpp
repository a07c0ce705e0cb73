#include "td4/explore.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>

#include <unistd.h>  // isatty

namespace td4::explore {

namespace {

bool requested_ = false;
bool in_session_ = false;
std::vector<std::string> original_, words_;
std::vector<Knob> knobs_;

const Knob* knob(const std::string& name) {
  for (const Knob& k : knobs_)
    if (k.name == name) return &k;
  return nullptr;
}

std::string show(double v) {
  std::ostringstream s;
  s.precision(6);
  s << v;
  return s.str();
}

// Les mots sans « --nom » ni ses valeurs (les mots qui suivent et ne
// commencent pas par « -- »), puis « --nom valeurs… » à la fin.
std::vector<std::string> with(std::vector<std::string> words, const std::string& name,
                              const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "--" + name) {
      while (i + 1 < words.size() && words[i + 1].rfind("--", 0) != 0) ++i;
      continue;
    }
    if (w.rfind("--" + name + "=", 0) == 0) continue;
    out.push_back(w);
  }
  out.push_back("--" + name);
  out.insert(out.end(), values.begin(), values.end());
  return out;
}

void print_params() {
  std::string line = "# paramètres :";
  for (const Knob& k : knobs_) line += "  " + k.name + " = " + (k.value.empty() ? "(défaut)" : k.value);
  std::cout << line << '\n';
}

void print_help() {
  // Les exemples avec un paramètre de ce programme (celui de la question
  // s'il y est, sinon le premier), un pas au-dessus de sa valeur courante.
  const Knob* example = nullptr;
  for (const char* name : {"w", "J1", "wEE", "kappa"})
    if (const Knob* k = knob(name); k && k->numeric && !example) example = k;
  for (const Knob& k : knobs_)
    if (k.numeric && !example) example = &k;
  std::string set = "NOM VALEUR", nudge;
  if (example) {
    const double step = step_for(example->number), next = example->number + step;
    set = example->name + " " + show(next) + " (ou " + example->name + "=" + show(next) + ")";
    nudge = " (" + example->name + " = " + example->value + " : pas de " + show(step) + ")";
  }
  std::cout << "# explorer : changez un paramètre et tout est recalculé et redessiné.\n"
               "#   NOM VALEUR      " << set << " ; plusieurs à la fois, à la suite\n"
               "#   +NOM, -NOM      un pas de plus ou de moins" << nudge << "\n"
               "#   params          les valeurs courantes\n"
               "#   refaire         recalculer et redessiner sans rien changer\n"
               "#   aide            cette aide\n"
               "#   quitter         fin de la session (comme Ctrl-D) ; les fenêtres se ferment\n";
}

// std::cout recopié dans une chaîne pendant la vie de l'objet.
class Capture : public std::streambuf {
 public:
  explicit Capture(std::string& into) : into_(into), out_(std::cout.rdbuf(this)) {}
  ~Capture() override { std::cout.rdbuf(out_); }
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;

 protected:
  int overflow(int c) override {
    if (c == traits_type::eof()) return out_->pubsync() == 0 ? 0 : traits_type::eof();
    into_ += static_cast<char>(c);
    return out_->sputc(static_cast<char>(c));
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    into_.append(s, static_cast<std::size_t>(n));
    return out_->sputn(s, n);
  }
  int sync() override { return out_->pubsync(); }

 private:
  std::string& into_;
  std::streambuf* out_;
};

// Ce qu'une sortie dit qualitativement.
struct Block {
  std::string title;                  // la ligne « # … » qui précède l'en-tête
  std::string kind;                   // « stabilite » ou « nature »
  std::vector<std::string> verdicts;  // la dernière colonne de chaque ligne
};
struct Summary {
  std::vector<Block> blocks;
  std::string cycle;  // la période, ou vide s'il n'y a pas de cycle limite
  std::string bump;   // « oui », « non » ou vide
  std::vector<std::string> bistable;
};

std::string last_word(const std::string& line) {
  std::istringstream in(line);
  std::string w, last;
  while (in >> w) last = w;
  return last;
}

std::string after(const std::string& line, const std::string& key) {
  const auto at = line.find(key);
  if (at == std::string::npos) return "";
  std::istringstream in(line.substr(at + key.size()));
  std::string w;
  in >> w;
  return w;
}

Summary summarise(const std::string& output) {
  Summary s;
  std::istringstream in(output);
  std::string line, comment;
  bool rows = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      rows = false;
      if (line.rfind("# cycle limite", 0) == 0) s.cycle = after(line, "periode =");
      if (line.rfind("# bump persistant", 0) == 0) s.bump = after(line, ":");
      if (line.find("bistable :") != std::string::npos) s.bistable.push_back(after(line, "bistable :"));
      if (!line.empty()) comment = line.substr(line.find_first_not_of("# "));
      continue;
    }
    const std::string last = last_word(line);
    if (!rows && (last == "stabilite" || last == "nature")) {
      s.blocks.push_back({comment, last, {}});
      rows = true;
    } else if (rows) {
      s.blocks.back().verdicts.push_back(last);
    }
  }
  return s;
}

std::string french(std::string word) {
  for (auto [from, to] : {std::pair{"noeud", "nœud"}, std::pair{"_", " "}})
    for (auto at = word.find(from); at != std::string::npos; at = word.find(from))
      word.replace(at, std::string(from).size(), to);
  return word;
}

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : ", ") + french(w);
  return s;
}

std::string points(std::size_t n) {
  return std::to_string(n) + (n > 1 ? " points fixes" : " point fixe");
}

long stable_count(const Block& b) {
  long n = 0;
  for (const std::string& v : b.verdicts) n += (v == "stable" || v.find("_stable") != std::string::npos);
  return n;
}

std::string decimal_comma(std::string x) {
  for (char& c : x)
    if (c == '.') c = ',';
  return x;
}

void compare_blocks(const Summary& a, const Summary& b, std::vector<std::string>& out) {
  // Moins ou plus de cas (« w 0.03 » au lieu de « w 0.05 -0.1 ») : dit, et
  // les premiers comparés un à un (le premier reste le premier).
  if (a.blocks.size() != b.blocks.size())
    out.push_back(std::to_string(b.blocks.size()) + " cas calculé" +
                  (b.blocks.size() > 1 ? "s" : "") + " (étaient " +
                  std::to_string(a.blocks.size()) + ")");
  for (std::size_t i = 0; i < std::min(a.blocks.size(), b.blocks.size()); ++i) {
    const Block &was = a.blocks[i], &is = b.blocks[i];
    if (was.verdicts == is.verdicts) continue;
    const std::string where = b.blocks.size() > 1 ? is.title + " : " : "";
    if (was.verdicts.size() != is.verdicts.size()) {
      std::string m = where + points(is.verdicts.size()) + " (étaient " +
                      std::to_string(was.verdicts.size()) + ")";
      if (stable_count(is) >= 2) m += " : bistabilité";
      else if (stable_count(was) >= 2) m += " : plus de bistabilité";
      out.push_back(m + " — " + joined(is.verdicts));
    } else if (is.verdicts.size() == 1) {
      std::string m = where + "le point fixe était " + french(was.verdicts[0]) + ", il est " +
                      french(is.verdicts[0]);
      if (was.verdicts[0] == "foyer_stable" && is.verdicts[0] == "foyer_instable")
        m += " : bifurcation de Hopf";
      out.push_back(m);
    } else {
      out.push_back(where + "stabilité : " + joined(was.verdicts) + " → " + joined(is.verdicts));
    }
  }
}

}  // namespace

void request() { requested_ = true; }
bool requested() { return requested_; }

std::vector<std::string> arguments(int argc, const char* const argv[]) {
  if (in_session_) return words_;
  original_.assign(argv + 1, argv + argc);
  return original_;
}

void describe(std::vector<Knob> knobs) { knobs_ = std::move(knobs); }

double step_for(double value) {
  if (value == 0 || !std::isfinite(value)) return 1.0;
  return 0.5 * std::pow(10.0, std::floor(std::log10(std::abs(value))));
}

std::vector<std::string> qualitative_changes(const std::string& before, const std::string& after) {
  const Summary a = summarise(before), b = summarise(after);
  std::vector<std::string> out;
  compare_blocks(a, b, out);
  if (a.cycle.empty() && !b.cycle.empty())
    out.push_back("cycle limite, période " + decimal_comma(b.cycle) + " ms");
  if (!a.cycle.empty() && b.cycle.empty()) out.push_back("plus de cycle limite");
  if (a.bump == "oui" && b.bump == "non") out.push_back("le bump ne persiste plus");
  if (a.bump == "non" && b.bump == "oui") out.push_back("le bump persiste");
  if (a.bistable.size() == b.bistable.size())
    for (std::size_t i = 0; i < b.bistable.size(); ++i)
      if (a.bistable[i] != b.bistable[i])
        out.push_back(std::string(b.bistable[i] == "oui" ? "bistable" : "plus bistable") +
                      (b.bistable.size() > 1 ? " (cas " + std::to_string(i + 1) + ")" : ""));
  return out;
}

int session(const std::function<int()>& run) {
  // Le premier dessin, enregistré pour comparer ; sans --explorer, c'est tout.
  std::string previous;
  int first = 0;
  {
    const Capture capture(previous);
    first = run();
  }
  if (first != 0 || !requested_) return first;
  in_session_ = true;
  words_ = original_;
  const bool typing = isatty(STDIN_FILENO);
  print_help();
  print_params();
  std::string line;
  for (;;) {
    if (typing) std::cout << "explorer> " << std::flush;
    if (!std::getline(std::cin, line)) break;
    std::istringstream in(line);
    std::vector<std::string> tokens;
    for (std::string t; in >> t;) {
      const auto eq = t.find('=');
      if (eq != std::string::npos && eq > 0) {
        tokens.push_back(t.substr(0, eq));
        if (eq + 1 < t.size()) tokens.push_back(t.substr(eq + 1));
      } else {
        tokens.push_back(t);
      }
    }
    if (tokens.empty()) continue;
    const std::string& first = tokens.front();
    if (first == "quitter" || first == "q") break;
    if (first == "aide" || first == "?") { print_help(); continue; }
    if (first == "params") { print_params(); continue; }

    // Les changements de la ligne, tous ou aucun.
    std::vector<std::string> words = words_;
    std::string error, steps;
    for (std::size_t i = 0; i < tokens.size() && error.empty();) {
      std::string name = tokens[i];
      if (name.rfind("--", 0) == 0) name = name.substr(2);
      if (name == "refaire") { ++i; continue; }
      if ((name[0] == '+' || name[0] == '-') && knob(name.substr(1))) {
        const Knob& k = *knob(name.substr(1));
        if (!k.numeric) {
          error = name + " : " + k.name + " n'est pas un seul nombre (donnez sa valeur : " + k.name + " …)";
          break;
        }
        const double step = step_for(k.number), v = k.number + (name[0] == '+' ? step : -step);
        words = with(words, k.name, {show(v)});
        steps += "  " + k.name + " = " + show(v) + " (pas de " + show(step) + ")";
        ++i;
        continue;
      }
      if (!knob(name)) {
        error = "« " + tokens[i] + " » n'est ni un paramètre ni une commande (params liste les paramètres, aide les commandes)";
        break;
      }
      std::vector<std::string> values;
      for (++i; i < tokens.size() && !knob(tokens[i]) && tokens[i] != "refaire" &&
                !((tokens[i][0] == '+' || tokens[i][0] == '-') && knob(tokens[i].substr(1)));
           ++i)
        values.push_back(tokens[i]);
      if (values.empty()) error = name + " attend une valeur (par exemple : " + name + " " + knob(name)->value + ")";
      else words = with(words, name, values);
    }
    if (!error.empty()) {
      std::cerr << "explorer : " << error << '\n';
      continue;
    }
    if (!steps.empty()) std::cout << "#" << steps << '\n';

    const std::vector<std::string> kept = words_;
    const std::vector<Knob> kept_knobs = knobs_;
    words_ = words;
    std::string output;
    int status = 0;
    {
      const Capture capture(output);
      status = run();
    }
    if (status != 0) {
      // Refusé, dans les mots des options (déjà dits) : les valeurs d'avant restent.
      words_ = kept;
      knobs_ = kept_knobs;
      continue;
    }
    for (const std::string& change : qualitative_changes(previous, output))
      std::cout << "# changement : " << change << '\n';
    previous = output;
  }
  return 0;
}

}  // namespace td4::explore
