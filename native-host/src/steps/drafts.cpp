#include "steps/drafts.hpp"

#include <array>
#include <vector>

namespace onward::steps {

namespace {

// The role and the company, in the words of one language, for each combination of what is known.
struct Phrases {
    std::string position; // "the Backend Engineer role at Acme"
    std::string team;     // "the team at Acme" / "your team"
};

bool known(const std::string& s)
{
    return !s.empty();
}

Phrases phrases(const DraftInput& in, const std::string& role, bool formal)
{
    const auto& c = in.company;
    const auto& r = role;
    Phrases p;
    if (in.lang == "de") {
        // Without the article: the templates say "zur Stelle ..." or "die Stelle ...".
        p.position = known(r) && known(c) ? "Stelle als " + r + " bei " + c
                     : known(r)           ? "Stelle als " + r
                     : known(c)           ? "Stelle bei " + c
                                          : "Stelle";
        p.team = known(c) ? "dem Team von " + c : "Ihrem Team";
    } else if (in.lang == "fr") {
        p.position = known(r) && known(c) ? "le poste de " + r + " chez " + c
                     : known(r)           ? "le poste de " + r
                     : known(c)           ? "le poste chez " + c
                                          : "le poste";
        p.team = known(c) ? "l'équipe de " + c : "votre équipe";
    } else if (in.lang == "es") {
        p.position = known(r) && known(c) ? "el puesto de " + r + " en " + c
                     : known(r)           ? "el puesto de " + r
                     : known(c)           ? "el puesto en " + c
                                          : "el puesto";
        p.team = known(c) ? "el equipo de " + c : "su equipo";
    } else if (in.lang == "nl") {
        p.position = known(r) && known(c) ? "de functie van " + r + " bij " + c
                     : known(r)           ? "de functie van " + r
                     : known(c)           ? "de functie bij " + c
                                          : "de functie";
        p.team = known(c) ? "het team van " + c : (formal ? "uw team" : "jullie team");
    } else {
        p.position = known(r) && known(c) ? "the " + r + " role at " + c
                     : known(r)           ? "the " + r + " role"
                     : known(c)           ? "the role at " + c
                                          : "the role";
        p.team = known(c) ? "the team at " + c : "your team";
    }
    return p;
}

std::string greeting(const DraftInput& in)
{
    const auto first = first_name(in.contact_name);
    const auto full = personal_name(in.contact_name);
    const bool formal = in.tone == "formal";
    const auto with = [](const std::string& word, const std::string& name, const std::string& alone) {
        return name.empty() ? alone : word + " " + name + ",";
    };
    if (in.lang == "de")
        return formal ? with("Guten Tag", full, "Sehr geehrte Damen und Herren,") : with("Hallo", first, "Hallo,");
    if (in.lang == "fr")
        return formal ? with("Bonjour", full, "Madame, Monsieur,") : with("Bonjour", first, "Bonjour,");
    if (in.lang == "es") return formal ? with("Buenos días", full, "Buenos días,") : with("Hola", first, "Hola,");
    if (in.lang == "nl")
        return formal ? with("Beste", full, "Geachte heer, mevrouw,")
                      : with(in.tone == "warm" ? "Hoi" : "Hallo", first, "Hallo,");
    return formal ? with("Dear", full, "Dear hiring team,") : with("Hi", first, in.tone == "warm" ? "Hi," : "Hello,");
}

std::string body_text(const DraftInput& in, const Phrases& p)
{
    const auto& pos = p.position;
    const auto& team = p.team;
    if (in.lang == "de") {
        if (in.tone == "brief")
            return "danke für Ihre Nachricht zur " + pos +
                   ". Die Gespräche haben mir gefallen, und ich freue mich, von Ihnen zu hören, wenn eine passende "
                   "Stelle frei wird.";
        if (in.tone == "formal")
            return "vielen Dank für die Mitteilung Ihrer Entscheidung zur " + pos + ". Die Gespräche mit " + team +
                   " habe ich sehr geschätzt.\n\nSollte sich künftig eine Stelle ergeben, die zu meinem Profil passt, "
                   "würde ich mich über eine erneute Berücksichtigung freuen. Ich wünsche Ihnen weiterhin viel Erfolg.";
        return "vielen Dank für Ihre Rückmeldung zur " + pos +
               ". Natürlich bin ich etwas enttäuscht, aber die Gespräche mit " + team +
               " haben mir wirklich Freude gemacht.\n\nWenn sich eine andere Stelle ergibt, bei der ich helfen kann, "
               "freue ich mich, von Ihnen zu hören. Alles Gute für Sie und das Team!";
    }
    if (in.lang == "fr") {
        if (in.tone == "brief")
            return "Merci pour votre retour concernant " + pos +
                   ". J'ai apprécié nos échanges et je reste disponible si un poste adapté se présente.";
        if (in.tone == "formal")
            return "Je vous remercie pour votre réponse concernant " + pos +
                   ". J'ai sincèrement apprécié les entretiens avec " + team +
                   ".\n\nSi un poste correspondant à mon profil venait à s'ouvrir, c'est avec plaisir que je "
                   "présenterais à nouveau ma candidature. Je vous souhaite une excellente continuation.";
        return "Merci pour votre message concernant " + pos +
               ". C'est bien sûr une déception, mais j'ai beaucoup apprécié les échanges avec " + team +
               ".\n\nSi un autre poste s'ouvre où mon expérience pourrait être utile, ce serait un plaisir d'avoir "
               "de vos nouvelles. Très bonne continuation à vous et à toute l'équipe !";
    }
    if (in.lang == "es") {
        if (in.tone == "brief")
            return "Gracias por la información sobre " + pos +
                   ". Disfruté de nuestras conversaciones y me encantaría saber de ustedes si surge un puesto "
                   "adecuado.";
        if (in.tone == "formal")
            return "Le agradezco que me haya comunicado su decisión sobre " + pos +
                   ". Valoro mucho las entrevistas con " + team +
                   ".\n\nSi en el futuro se abre un puesto acorde con mi perfil, me gustaría que tuvieran en cuenta "
                   "mi candidatura. Les deseo mucho éxito.";
        return "Gracias por avisarme sobre " + pos + ". Es una pena, claro, pero disfruté mucho de las conversaciones con " +
               team +
               ".\n\nSi surge otro puesto en el que mi experiencia pueda aportar, me encantará saber de ustedes. "
               "¡Mucho éxito a usted y a todo el equipo!";
    }
    if (in.lang == "nl") {
        if (in.tone == "brief")
            return "Bedankt voor je bericht over " + pos +
                   ". Ik vond de gesprekken prettig en hoor graag van jullie als er een passende functie vrijkomt.";
        if (in.tone == "formal")
            return "Hartelijk dank voor uw bericht over " + pos + ". Ik heb de gesprekken met " + team +
                   " zeer gewaardeerd.\n\nMocht er in de toekomst een functie vrijkomen die bij mijn profiel past, "
                   "dan kom ik graag opnieuw in aanmerking. Ik wens u veel succes.";
        return "Bedankt voor je bericht over " + pos + ". Natuurlijk ben ik teleurgesteld, maar ik heb echt genoten van de gesprekken met " +
               team +
               ".\n\nAls er een andere functie vrijkomt waar ik kan bijdragen, hoor ik graag van jullie. Veel succes "
               "voor jou en het hele team!";
    }
    if (in.tone == "brief")
        return "Thanks for the update on " + pos +
               ". I enjoyed our conversations and would be happy to hear from you if a suitable role comes up.";
    if (in.tone == "formal")
        return "Thank you for informing me of your decision regarding " + pos + ". I valued the conversations with " +
               team +
               ".\n\nShould a position open that matches my background, I would welcome being considered again. I "
               "wish you continued success.";
    return "Thank you for letting me know about " + pos + ". I'm disappointed, of course, but I really enjoyed talking with " +
           team +
           ".\n\nIf something else opens up where my experience could help, I'd be glad to hear from you. All the "
           "best to you and the team!";
}

std::string closing(const DraftInput& in)
{
    struct Closings {
        const char* lang;
        const char* warm;
        const char* brief;
        const char* formal;
    };
    static constexpr std::array table{
        Closings{"en", "All the best,", "Thanks again,", "Kind regards,"},
        Closings{"de", "Viele Grüße", "Danke und viele Grüße", "Mit freundlichen Grüßen"},
        Closings{"fr", "Bien cordialement,", "Merci encore,", "Bien à vous,"},
        Closings{"es", "Un saludo,", "Gracias de nuevo,", "Atentamente,"},
        Closings{"nl", "Hartelijke groet,", "Nogmaals bedankt,", "Met vriendelijke groet,"},
    };
    for (const auto& c : table)
        if (in.lang == c.lang) return in.tone == "brief" ? c.brief : in.tone == "formal" ? c.formal : c.warm;
    return table[0].warm;
}

std::string subject_line(const DraftInput& in)
{
    std::string_view original = in.original_subject;
    while (!original.empty() && original.front() == ' ') original.remove_prefix(1);
    if (!original.empty()) {
        // "Re: Re: Your application" -> "Re: Your application"
        while (original.size() >= 3 && (original.substr(0, 3) == "Re:" || original.substr(0, 3) == "RE:" ||
                                         original.substr(0, 3) == "AW:" || original.substr(0, 3) == "Aw:")) {
            original.remove_prefix(3);
            while (!original.empty() && original.front() == ' ') original.remove_prefix(1);
        }
        if (!original.empty()) return (in.lang == "de" ? "AW: " : "Re: ") + std::string(original);
    }
    const std::string thanks = in.lang == "de"   ? "Vielen Dank"
                               : in.lang == "fr" ? "Merci"
                               : in.lang == "es" ? "Gracias"
                               : in.lang == "nl" ? "Bedankt"
                                                 : "Thank you";
    return in.company.empty() ? thanks : thanks + " – " + in.company;
}

std::vector<std::string> split_words(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '>') {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else
            current += c;
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

std::string lower_ascii(std::string s)
{
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool is_team_word(const std::string& word)
{
    static constexpr std::array team_words{
        "team",        "talent",   "recruiting",    "recruitment", "recruiter", "careers",     "career",
        "jobs",        "hr",       "people",        "hiring",      "noreply",   "no-reply",    "notifications",
        "acquisition", "services", "personal",      "personalabteilung",        "recrutement", "equipo",
        "équipe",      "support",  "info",          "admin",       "the",       "do-not-reply", "donotreply",
        "bewerbermanagement",      "reclutamiento", "werving"};
    const auto w = lower_ascii(word);
    for (const auto* t : team_words)
        if (w == t) return true;
    return false;
}

} // namespace

bool is_draft_language(std::string_view lang) noexcept
{
    return lang == "en" || lang == "de" || lang == "fr" || lang == "es" || lang == "nl";
}

bool is_draft_tone(std::string_view tone) noexcept
{
    return tone == "warm" || tone == "brief" || tone == "formal";
}

std::string personal_name(std::string_view full_name)
{
    auto words = split_words(full_name);
    if (words.empty()) return {};
    // "Schmidt, Anna" -> "Anna Schmidt"
    if (words.size() == 2 && words[0].size() > 1 && words[0].back() == ',') {
        words[0].pop_back();
        std::swap(words[0], words[1]);
    }
    for (const auto& w : words) {
        if (is_team_word(w) || w.find('@') != std::string::npos) return {};
        for (const char c : w)
            if ((c >= '0' && c <= '9') || c == '_' || c == '|' || c == '/') return {};
    }
    if (words.size() > 4) return {};
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string first_name(std::string_view full_name)
{
    const auto name = personal_name(full_name);
    if (name.empty()) return {};
    return name.substr(0, name.find(' '));
}

std::size_t count_characters(std::string_view utf8) noexcept
{
    std::size_t n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

Draft reply_draft(const DraftInput& input)
{
    DraftInput in = input;
    if (!is_draft_language(in.lang)) in.lang = "en";
    if (!is_draft_tone(in.tone)) in.tone = "warm";
    const auto p = phrases(in, in.role, in.tone == "formal");
    std::string sign_off = closing(in);
    // The closing's comma leads to the name; without a name the closing ends the letter.
    if (in.your_name.empty() && sign_off.ends_with(',')) sign_off.pop_back();
    std::string body = greeting(in) + "\n\n" + body_text(in, p) + "\n\n" + sign_off;
    if (!in.your_name.empty()) body += "\n" + in.your_name;
    return {subject_line(in), body};
}

namespace {

std::string note_text(const DraftInput& in, const std::string& role, bool short_form)
{
    const auto p = phrases(in, role, false);
    const auto first = first_name(in.contact_name);
    const auto hi = [&](const char* word) { return first.empty() ? std::string(word) + "," : std::string(word) + " " + first + ","; };
    if (in.lang == "de")
        return hi("Hallo") + " danke für die Gespräche zur " + p.position +
               (short_form ? ". Ich bleibe gern in Kontakt." : ". Ich würde gern in Kontakt bleiben und verfolgen, woran Ihr Team als Nächstes arbeitet.");
    if (in.lang == "fr")
        return hi("Bonjour") + " merci pour nos échanges sur " + p.position +
               (short_form ? ". Au plaisir de rester en contact." : ". J'aimerais rester en contact et suivre les prochains projets de votre équipe.");
    if (in.lang == "es")
        return hi("Hola") + " gracias por las conversaciones sobre " + p.position +
               (short_form ? ". Me gustaría seguir en contacto." : ". Me gustaría seguir en contacto y ver en qué trabaja su equipo.");
    if (in.lang == "nl")
        return hi("Hoi") + " bedankt voor de gesprekken over " + p.position +
               (short_form ? ". Ik blijf graag in contact." : ". Ik blijf graag in contact en volg wat jullie team hierna doet.");
    return hi("Hi") + " thank you for the conversations about " + p.position +
           (short_form ? ". Happy to stay in touch." : ". I'd like to stay in touch and follow what your team does next.");
}

// Cuts `text` to at most `limit` characters at a code-point boundary, with an ellipsis.
std::string shorten(const std::string& text, std::size_t limit)
{
    if (count_characters(text) <= limit) return text;
    if (limit == 0) return {};
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        while (i + len < text.size() && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
        if (chars + 1 >= limit) break;
        out += text.substr(i, len);
        ++chars;
        i += len;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

} // namespace

std::string connection_note(const DraftInput& input)
{
    DraftInput in = input;
    if (!is_draft_language(in.lang)) in.lang = "en";
    for (const bool short_form : {false, true}) {
        auto text = note_text(in, in.role, short_form);
        if (count_characters(text) <= connection_note_limit) return text;
    }
    // Still too long: a very long role (or company). Shorten the role first, then drop the name.
    const auto base = count_characters(note_text(in, "", true)) + 1; // +1: the space before the role
    if (base < connection_note_limit) {
        auto text = note_text(in, shorten(in.role, connection_note_limit - base), true);
        if (count_characters(text) <= connection_note_limit) return text;
    }
    in.contact_name.clear();
    in.company = shorten(in.company, 60);
    const auto rest = count_characters(note_text(in, "", true)) + 1;
    auto text = note_text(in, in.role.empty() ? "" : shorten(in.role, connection_note_limit > rest ? connection_note_limit - rest : 1), true);
    return shorten(text, connection_note_limit);
}

} // namespace onward::steps
