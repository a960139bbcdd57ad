package com.touchpoint.training;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The training modules currently offered, read at start-up and on an admin's reload from the modules built
 * into the application or, when {@code touchpoint.training.content-dir} is set, from that folder instead.
 * A broken file is reported and skipped; it never stops the application or the other modules.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrainingCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingCatalog.class);
    static final String BUILT_IN_LOCATION = "classpath:training-content/";
    private static final String BUILT_IN_PATTERN = "classpath*:training-content/*";

    private final TrainingProperties properties;
    private final ModuleVersionStore versions;
    private final IndicatorService indicators;
    private final OrgStructure org;
    private final TranslationProvider translations;
    private final Clock clock;
    private final Map<String, TrainingModule> storedVersions = new ConcurrentHashMap<>();
    private volatile ContentStatus status;

    TrainingCatalog(TrainingProperties properties, ModuleVersionStore versions, IndicatorService indicators,
                    OrgStructure org, TranslationProvider translations, Clock clock) {
        this.properties = properties;
        this.versions = versions;
        this.indicators = indicators;
        this.org = org;
        this.translations = translations;
        this.clock = clock;
        this.status = ContentStatus.notLoaded(properties.folder().isPresent() ? ContentSource.FOLDER
                : ContentSource.CLASSPATH, location(properties));
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run("training-content", this::load, "ROLE_ADMIN");
    }

    /** Reads the content again; modules in use by running players keep their own copy. */
    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus reload() {
        load();
        return status;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus status() {
        return status;
    }

    /** The modules on offer, by title order of their ids. */
    public List<TrainingModule> modules() {
        return status.modules();
    }

    public Optional<TrainingModule> find(String moduleId) {
        return status.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public TrainingModule module(String moduleId) {
        return find(moduleId).orElseThrow(() -> new NotFoundException("training.module.not-found", moduleId));
    }

    /** The exact version an attempt was played on, from the catalogue or from the stored text. */
    public Optional<TrainingModule> version(String contentHash) {
        Optional<TrainingModule> current = status.modules().stream().filter(m -> m.contentHash().equals(contentHash)).findFirst();
        if (current.isPresent()) {
            return current;
        }
        return Optional.ofNullable(storedVersions.computeIfAbsent(contentHash, hash -> versions.find(hash)
                .map(stored -> new ModuleReader(null, stored.fileName()).read(stored.source(), hash).module())
                .orElse(null)));
    }

    synchronized void load() {
        ContentSource source = properties.folder().isPresent() ? ContentSource.FOLDER : ContentSource.CLASSPATH;
        String location = location(properties);
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, TrainingModule> modules = new LinkedHashMap<>();
        List<ContentFile> files = properties.folder().map(folder -> files(folder, problems))
                .orElseGet(() -> builtInFiles(problems));
        ContentVocabulary vocabulary = vocabulary();
        for (ContentFile file : files) {
            readFile(file, vocabulary, modules, problems);
        }
        problems.forEach(p -> log.warn("Training content {} line {}: {}", p.file(), p.line(),
                translations.getTranslation(p.messageKey(), TranslationProvider.ENGLISH, p.args().toArray())));
        List<TrainingModule> loaded = modules.values().stream().sorted(Comparator.comparing(TrainingModule::id)).toList();
        status = new ContentStatus(source, location, clock.instant(), files.size(), loaded, List.copyOf(problems));
        log.info("Training content: {} modules loaded from {} files {}, {} problems", loaded.size(), files.size(),
                source == ContentSource.CLASSPATH ? "built into the application (" + location + ")" : "in folder " + location,
                problems.size());
    }

    /** Where the modules are read from: the configured folder, or the copy built into the application. */
    static String location(TrainingProperties properties) {
        return properties.folder().map(f -> f.toAbsolutePath().normalize().toString()).orElse(BUILT_IN_LOCATION);
    }

    private void readFile(ContentFile file, ContentVocabulary vocabulary, Map<String, TrainingModule> modules,
                          List<ContentProblem> problems) {
        String name = file.name();
        byte[] bytes;
        String source;
        try {
            bytes = file.read();
            source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(name, 0, "training.problem.not-utf8", List.of()));
            return;
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "training.problem.read-failed", List.of(String.valueOf(e.getMessage()))));
            return;
        }
        ModuleReader.Result result = new ModuleReader(vocabulary, name).read(source, sha256(bytes));
        problems.addAll(result.problems());
        TrainingModule module = result.module();
        if (module == null) {
            return;
        }
        TrainingModule other = modules.get(module.id());
        if (other != null) {
            problems.add(new ContentProblem(name, result.idLine(), "training.problem.duplicate-id",
                    List.of(module.id(), other.fileName())));
            return;
        }
        versions.remember(module, source, clock.instant());
        modules.put(module.id(), module);
    }

    private static List<ContentFile> files(Path folder, List<ContentProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(folder.toString(), 0, "training.problem.no-folder", List.of()));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> isModuleFile(p.getFileName().toString()))
                    .sorted()
                    .map(p -> new ContentFile(p.getFileName().toString(), () -> Files.readAllBytes(p)))
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder.toString(), 0, "training.problem.read-failed",
                    List.of(String.valueOf(e.getMessage()))));
            return List.of();
        }
    }

    /** The modules packaged with the application; the pattern resolver also lists them inside a Boot jar. */
    private static List<ContentFile> builtInFiles(List<ContentProblem> problems) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(TrainingCatalog.class.getClassLoader())
                    .getResources(BUILT_IN_PATTERN);
            List<ContentFile> files = Arrays.stream(resources)
                    .filter(r -> r.getFilename() != null && isModuleFile(r.getFilename()))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> new ContentFile(r.getFilename(), () -> {
                        try (InputStream in = r.getInputStream()) {
                            return in.readAllBytes();
                        }
                    }))
                    .toList();
            if (files.isEmpty()) {
                problems.add(new ContentProblem(BUILT_IN_LOCATION, 0, "training.problem.no-built-in", List.of()));
            }
            return files;
        } catch (IOException e) {
            problems.add(new ContentProblem(BUILT_IN_LOCATION, 0, "training.problem.read-failed",
                    List.of(String.valueOf(e.getMessage()))));
            return List.of();
        }
    }

    private static boolean isModuleFile(String name) {
        return name.matches("(?i).+\\.ya?ml");
    }

    /** One module file, from a folder or from the classpath, read only when its turn comes. */
    private record ContentFile(String name, Contents contents) {
        byte[] read() throws IOException {
            return contents.read();
        }
    }

    @FunctionalInterface
    private interface Contents {
        byte[] read() throws IOException;
    }

    private ContentVocabulary vocabulary() {
        return new ContentVocabulary(
                org.posts().stream().map(PostDetails::code).collect(Collectors.toSet()),
                indicators.items().stream().filter(ItemDefinition::weighted).map(ItemDefinition::code)
                        .collect(Collectors.toSet()));
    }

    static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
