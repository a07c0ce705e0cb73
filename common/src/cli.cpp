#include "td4/cli.hpp"

#include "td4/errors.hpp"
#include "td4/explore.hpp"
#include "td4/work.hpp"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <sstream>

namespace td4 {

namespace po = boost::program_options;

namespace {

std::string show(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

std::string show(const std::vector<double>& v) {
  std::string s;
  for (double x : v) {
    if (!s.empty()) s += ' ';
    s += show(x);
  }
  return s;
}

// Une valeur montrée dans un message : au plus 60 octets, coupée entre deux
// caractères UTF-8.
std::string shortened(const std::string& s) {
  if (s.size() <= 60) return s;
  std::size_t n = 57;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

// « 0,05 » : une virgule décimale, seule, entre deux chiffres. Les listes
// s'écrivent avec des espaces : une virgule n'y sépare jamais deux valeurs.
bool decimal_comma(const std::string& text, std::size_t comma) {
  const auto digit = [&](std::size_t i) {
    return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
  };
  return comma != std::string::npos && comma > 0 && digit(comma - 1) && digit(comma + 1) &&
         text.find(',', comma + 1) == std::string::npos && text.find('.') == std::string::npos;
}

// Un nombre écrit en entier, sans rien derrière ; virgule ou point décimal.
bool read_number(std::string text, double& out) {
  if (text.empty()) return false;
  const std::size_t comma = text.find(',');
  if (comma != std::string::npos) {
    if (!decimal_comma(text, comma)) return false;
    text[comma] = '.';
  }
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

// Les grandeurs : 0, ou une valeur absolue dans [1e-30, 1e30]. Le calcul
// forme des produits de huit d'entre elles au plus (le carré de w·rmax·κ/τ
// dans les valeurs propres de la question 05) : ils restent ainsi loin des
// limites des double (1e±308), sans débordement ni nombre dénormalisé.
constexpr double magnitude_min = 1e-30, magnitude_max = 1e30;
const std::string magnitude_text = "entre 1e-30 et 1e30";

double checked(const std::string& name, const std::string& text, Bound bound) {
  double v = 0;
  if (!read_number(text, v))
    throw UsageError("--" + name + " attend un nombre (reçu : " + shortened(text) + ")");
  if (!std::isfinite(v))
    throw UsageError("--" + name + " doit être un nombre fini (reçu : " + shortened(text) + ")");
  if (bound == Bound::positive && !(v > 0))
    throw UsageError("--" + name + " doit être > 0 (reçu : " + shortened(text) + ")");
  if (bound == Bound::nonnegative && !(v >= 0))
    throw UsageError("--" + name + " doit être ≥ 0 (reçu : " + shortened(text) + ")");
  const double a = std::abs(v);
  if (a > magnitude_max || (a < magnitude_min && (a > 0 || bound == Bound::positive)))
    throw UsageError("--" + name + " doit être " +
                     (bound == Bound::positive ? "" : "nul ou de valeur absolue ") +
                     magnitude_text + " (reçu : " + shortened(text) + ")");
  return v;
}

// Au-delà, les figures sont illisibles et le calcul inutilement long.
constexpr std::size_t max_list = 50;

std::vector<double> checked_list(const std::string& name, const std::string& text,
                                 Bound bound) {
  std::vector<double> read;
  std::istringstream in(text);
  std::string item;
  while (in >> item) {
    double v = 0;
    if (!read_number(item, v)) {
      // L'exemple reprend la valeur reçue, virgules changées en espaces.
      std::string spaced, word;
      std::string commas = text;
      std::replace(commas.begin(), commas.end(), ',', ' ');
      for (std::istringstream words(commas); words >> word;) spaced += " " + word;
      throw UsageError("--" + name + " attend un nombre, ou des nombres séparés par des "
                       "espaces comme --" + name + shortened(spaced) + " (reçu : " +
                       shortened(text) + ")");
    }
    read.push_back(checked(name, item, bound));
  }
  if (read.empty())
    throw UsageError("--" + name + " attend un nombre ou une liste (reçu : vide)");
  if (read.size() > max_list)
    throw UsageError("--" + name + " doit avoir au plus " + std::to_string(max_list) +
                     " valeurs (reçu : " + std::to_string(read.size()) + ")");
  return read;
}

// Un caractère de contrôle (saut de ligne, tabulation, échappement…) n'a
// rien à faire dans une valeur : refusé, et montré échappé.
bool has_control(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
}

const char* bound_text(Bound b) {
  switch (b) {
    case Bound::positive: return ", > 0";
    case Bound::nonnegative: return ", ≥ 0";
    case Bound::any: break;
  }
  return "";
}

struct Option {
  std::string name, help, shown_default;
  bool flag = false;
  std::function<void(const std::string&)> store;
  bool list = false;  // prend aussi les mots suivants qui ne sont pas des options
  // La valeur courante, pour --explorer (vide pour un drapeau).
  std::function<explore::Knob()> knob = nullptr;
};

const std::vector<std::pair<std::string, Terminal>> terminals = {
    {"fenetre", Terminal::window}, {"png", Terminal::png}, {"svg", Terminal::svg},
    {"pdf", Terminal::pdf},        {"dumb", Terminal::dumb}, {"aucun", Terminal::none}};

std::string terminal_name(Terminal t) {
  for (const auto& [name, value] : terminals)
    if (value == t) return name;
  return "?";
}

}  // namespace

struct CommandLine::Impl {
  std::string program, summary;
  std::vector<Option> options;

  void add(Option o) {
    for (const Option& other : options)
      if (other.name == o.name) throw std::logic_error("option déclarée deux fois : " + o.name);
    options.push_back(std::move(o));
  }
  const Option* find(const std::string& name) const {
    for (const Option& o : options)
      if (o.name == name) return &o;
    return nullptr;
  }
};

CommandLine::CommandLine(std::string program, std::string summary)
    : impl_(new Impl{std::move(program), std::move(summary), {}}) {}

CommandLine::~CommandLine() = default;

CommandLine& CommandLine::add(const std::string& name, double& value,
                              const std::string& help, Bound bound) {
  impl_->add({name, help + bound_text(bound), show(value), false,
              [&value, name, bound](const std::string& t) { value = checked(name, t, bound); },
              false, [&value, name] { return explore::Knob{name, show(value), true, value}; }});
  return *this;
}

CommandLine& CommandLine::add(const std::string& name, std::vector<double>& values,
                              const std::string& help, Bound bound) {
  impl_->add({name, help + bound_text(bound) + " ; liste possible : a b c", show(values),
              false,
              [&values, name, bound](const std::string& t) { values = checked_list(name, t, bound); },
              true, [&values, name] {
                return explore::Knob{name, show(values), values.size() == 1,
                                     values.empty() ? 0.0 : values.front()};
              }});
  return *this;
}

CommandLine& CommandLine::add(const std::string& name, long& value, const std::string& help,
                              long min, long max) {
  auto store = [&value, name, min, max](const std::string& text) {
    double v = 0;
    if (!read_number(text, v) || v != std::floor(v) || v < static_cast<double>(min) ||
        v > static_cast<double>(max))
      throw UsageError("--" + name + " attend un entier entre " + std::to_string(min) +
                       " et " + std::to_string(max) + " (reçu : " + text + ")");
    value = static_cast<long>(v);
  };
  impl_->add({name, help + ", entier entre " + std::to_string(min) + " et " + std::to_string(max),
              std::to_string(value), false, store, false, [&value, name] {
                return explore::Knob{name, std::to_string(value), true, static_cast<double>(value)};
              }});
  return *this;
}

CommandLine& CommandLine::add_flag(const std::string& name, bool& value,
                                   const std::string& help) {
  impl_->add({name, help, "", true, [&value](const std::string&) { value = true; }});
  return *this;
}

CommandLine& CommandLine::add_common(CommonOptions& o, bool simulation) {
  add("rmax", o.phi.rmax, "taux maximal de Φ (Hz)", Bound::positive);
  add("Ihalf", o.phi.Ihalf, "courant de demi-activation de Φ");
  add("kappa", o.phi.kappa, "raideur de Φ (1/unité de courant)", Bound::positive);
  add("tau", o.tau, "constante de temps (ms)", Bound::positive);
  if (simulation) {
    add("tmax", o.tmax, "durée simulée (ms)", Bound::positive);
    add("dt", o.stepping.dt, "pas de temps (ms)", Bound::positive);
    impl_->add({"methode",
                "méthode d'intégration : euler, rk4 ou adaptatif (Dormand–Prince contrôlé)",
                method_name(o.stepping.method), false, [&o](const std::string& t) {
                  try {
                    o.stepping.method = method_from_name(t);
                  } catch (const std::invalid_argument&) {
                    throw UsageError("--methode attend euler, rk4 ou adaptatif (reçu : " + t + ")");
                  }
                },
                false, [&o] { return explore::Knob{"methode", method_name(o.stepping.method)}; }});
  }
  impl_->add({"terminal",
              "sortie des figures : fenetre, png, svg, pdf, dumb (dessin en texte) "
              "ou aucun (résultats seulement)",
              terminal_name(o.plot.terminal), false, [&o](const std::string& t) {
                for (const auto& [name, value] : terminals)
                  if (name == t) {
                    o.plot.terminal = value;
                    o.plot.chosen = true;
                    return;
                  }
                throw UsageError("--terminal attend fenetre, png, svg, pdf, dumb ou aucun (reçu : " +
                                 t + ")");
              },
              false, [&o] { return explore::Knob{"terminal", terminal_name(o.plot.terminal)}; }});
  impl_->add({"sortie", "dossier des figures et des données (créé s'il manque)",
              o.plot.folder, false, [&o](const std::string& t) {
                if (t.empty()) throw UsageError("--sortie attend un nom de dossier (reçu : vide)");
                o.plot.folder = t;
              },
              false, [&o] { return explore::Knob{"sortie", o.plot.folder}; }});
  add_flag("donnees", o.plot.data, "écrire aussi chaque série tracée dans un fichier .dat");
  return *this;
}

namespace {

// « -0.5 », « -5,-10 », « -inf » : des valeurs, pas des options.
bool looks_negative_number(const std::string& s) {
  if (s.size() < 2 || s[0] != '-') return false;
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
  return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'i' || c == 'n';
}

}  // namespace

bool CommandLine::parse(int argc, const char* const argv[]) {
  if (!impl_->find("explorer"))
    impl_->add({"explorer",
                "après le premier dessin, changer les paramètres au clavier et tout voir "
                "se recalculer (« NOM VALEUR », « +NOM », « aide », « quitter » ; « aide » "
                "donne un exemple avec un paramètre de ce programme)",
                "", true, [](const std::string&) { explore::request(); }});
  // Chaque lecture repart de la limite (une session --explorer relit tout).
  lift_work_limit(false);
  if (!impl_->find("sans-limite"))
    impl_->add({"sans-limite",
                "ne pas refuser d'avance un calcul estimé à plus d'une minute ; la ligne "
                "de progression reste, Ctrl-C l'arrête",
                "", true, [](const std::string&) { lift_work_limit(true); }});
  // Les mots de la ligne de commande, ou ceux de la session --explorer.
  const std::vector<std::string> words = explore::arguments(argc, argv);
  po::options_description desc;
  desc.add_options()("aide,h", "")("help", "");
  for (const Option& o : impl_->options) {
    if (o.flag)
      desc.add_options()(o.name.c_str(), "");
    else
      desc.add_options()(o.name.c_str(), po::value<std::string>());
  }

  // Chaque option à valeur prend le mot suivant, même négatif (« --w -0.5 »),
  // mais pas une autre option (« --sortie --terminal png » : valeur manquante).
  // Une liste prend aussi les mots suivants (« --Iext 0 20 40 »). Un mot qui
  // n'est la valeur d'aucune option est refusé.
  const auto is_option = [](const std::string& s) {
    return s.size() > 1 && s[0] == '-' && !looks_negative_number(s);
  };
  // Un caractère de contrôle (saut de ligne…) finirait dans un message sur
  // deux lignes, ou dans le script de gnuplot : refusé, montré échappé.
  const auto refuse_control = [](const std::string& who, const std::string& text) {
    if (has_control(text))
      throw UsageError(who + " ne doit pas contenir de caractère de contrôle (saut de ligne, "
                       "tabulation…) (reçu : " + printable(shortened(text)) + ")");
  };
  std::vector<std::string> args;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& a = words[i];
    const std::string name = a.substr(0, a.find('='));  // « --tau » de « --tau=5 »
    refuse_control(a.rfind("--", 0) == 0 ? printable(shortened(name)) : "un argument", a);
    const bool option = a.size() > 1 && a[0] == '-' && a != "--";
    if (!option)
      throw UsageError("argument inattendu : " + shortened(a) +
                       " (les options s'écrivent --nom valeur ; voir --aide)");
    const Option* o = a.rfind("--", 0) == 0 ? impl_->find(name.substr(2)) : nullptr;
    if (!o && name != "-h" && name != "--aide" && name != "--help")
      throw UsageError("option inconnue : " + shortened(name) + " (voir --aide)");
    std::string arg = a;
    if (o && !o->flag && a.find('=') == std::string::npos && i + 1 < words.size()) {
      const std::string& next = words[i + 1];
      refuse_control(a, next);
      if (is_option(next))
        throw UsageError(a + " attend une valeur (reçu : l'option " + shortened(next) + ")");
      arg = a + "=" + next;
      ++i;
    }
    for (; o && o->list && i + 1 < words.size() && !is_option(words[i + 1]); ++i) {
      refuse_control(name, words[i + 1]);
      arg += " " + words[i + 1];
    }
    args.push_back(arg);
  }

  po::variables_map vm;
  try {
    const auto style = po::command_line_style::unix_style ^ po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(args).options(desc).style(style).run(), vm);
  } catch (const po::unknown_option& e) {
    throw UsageError("option inconnue : " + e.get_option_name() + " (voir --aide)");
  } catch (const po::invalid_command_line_syntax& e) {
    if (e.kind() == po::invalid_syntax::extra_parameter)
      throw UsageError(e.get_option_name() + " ne prend pas de valeur (voir --aide)");
    throw UsageError(e.get_option_name() + " attend une valeur (voir --aide)");
  } catch (const po::multiple_occurrences& e) {
    throw UsageError(e.get_option_name() + " est donnée plusieurs fois");
  } catch (const po::error& e) {
    throw UsageError(std::string("ligne de commande invalide : ") + e.what());
  }

  if (vm.count("aide") || vm.count("help")) {
    std::cout << "Utilisation : " << impl_->program << " [options]\n\n"
              << impl_->summary << "\n\nOptions :\n"
              << "  -h, --aide, --help\n      affiche cette aide\n";
    for (const Option& o : impl_->options) {
      std::cout << "  --" << o.name << (o.flag ? "" : " VALEUR") << "\n      " << o.help;
      if (!o.flag && !o.shown_default.empty()) std::cout << " [défaut : " << o.shown_default << "]";
      std::cout << '\n';
    }
    std::cout << "\nNombres : point ou virgule décimale (0.05 ou 0,05) ; 0, ou une valeur "
                 "absolue " << magnitude_text << ".\nListes : des valeurs séparées par des "
                 "espaces, comme --Iext 0 20 40 ou --w -0,5 -1.\n";
    return false;
  }
  for (const Option& o : impl_->options)
    if (vm.count(o.name)) o.store(o.flag ? "" : vm[o.name].as<std::string>());
  std::vector<explore::Knob> knobs;
  for (const Option& o : impl_->options)
    if (o.knob) knobs.push_back(o.knob());
  explore::describe(std::move(knobs));
  return true;
}

void check_step(const Stepping& s, double tau, double tmax) {
  if (s.dt > tmax)
    throw UsageError("--dt doit être ≤ --tmax (reçu : dt = " + show(s.dt) + ", tmax = " +
                     show(tmax) + ")");
  // Une trajectoire gardée pas à pas occupe environ 100 octets par pas : au
  // plus 1e6 pas, soit 100 Mo ; la limite de calcul (td4::plan_work) borne
  // le reste.
  const double max_steps = 1e6;
  if (tmax / s.dt > max_steps)
    throw UsageError("--dt est trop petit devant --tmax : " + show(tmax / s.dt) +
                     " pas, au plus " + show(max_steps) + " (reçu : dt = " + show(s.dt) +
                     ", tmax = " + show(tmax) + ")");
  if (s.method == Method::adaptive) return;
  if (s.dt >= tau)
    throw UsageError("--dt doit être < tau pour la méthode " + method_name(s.method) +
                     ", sinon l'intégration explicite diverge ou oscille (reçu : dt = " +
                     show(s.dt) + ", tau = " + show(tau) + ")");
  if (s.method == Method::euler && s.dt > tau / 10)
    std::cerr << "attention : dt = " << s.dt << " est grand devant tau = " << tau
              << " pour Euler (erreur d'ordre dt/tau) ; prenez dt ≤ tau/10.\n";
}

}  // namespace td4
