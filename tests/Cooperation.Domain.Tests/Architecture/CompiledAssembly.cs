using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>A type by assembly and full name (<c>Namespace.Outer+Inner</c>, generic arity kept: <c>DocumentWriter`1</c>).</summary>
internal readonly record struct TypeKey(string Assembly, string FullName)
{
    /// <summary>The outermost declaring type's name without namespace or arity: what the rules' "only" lists name.</summary>
    public string TopLevelName
    {
        get
        {
            var name = FullName;
            var nested = name.IndexOf('+', StringComparison.Ordinal);
            name = nested < 0 ? name : name[..nested];
            name = name[(name.LastIndexOf('.') + 1)..];
            var arity = name.IndexOf('`', StringComparison.Ordinal);
            return arity < 0 ? name : name[..arity];
        }
    }

    public override string ToString() => FullName;
}

/// <summary>One use of a type by code of a folder: where it is, what it names, and whether it is inside an attribute.</summary>
internal sealed record CodeReference(string FromFolder, string Where, TypeKey Target, bool InAttribute, string? Member = null);

/// <summary>A type defined in an assembly: the folder of its source files, its namespace, and whether other assemblies see it.</summary>
internal sealed record DefinedType(TypeKey Key, string? Folder, string Namespace, bool IsVisible, bool IsNested, ImmutableHashSet<string> VisibleMembers);

/// <summary>
/// What a compiled assembly's code uses, read from its metadata and IL (System.Reflection.Metadata) and placed in source
/// folders by its portable PDB: every type named by a signature (fields, methods, properties, events, parameters,
/// locals, base types, interfaces, generic constraints and instantiations), by an instruction of a method body (call,
/// newobj, ldfld, ldtoken, box, castclass, … and the catch clauses), and by a custom attribute (its constructor and the
/// <c>typeof</c> arguments it holds). How a name was spelt in the source (a <c>using</c>, a qualified name,
/// <c>using static</c>, an extension call) leaves no trace here: every form is the same token.
/// </summary>
/// <remarks>
/// A type carries no folder, and a namespace spans folders, so the folder comes from the PDB: the document of each
/// method's sequence points, and for types without code (enums, interfaces) the documents Roslyn records for each type
/// definition (the TypeDefinitionDocuments custom debug information). A method's instructions belong to the folder of
/// its own document; a type's signatures and attributes to the folder of its documents (one, or the type spans
/// folders: an error). Documents that are not files of the project (the sources of source generators) place nothing:
/// their code belongs to the folder of the type it is in. Types with no document at all are the compiler's own
/// (<c>&lt;PrivateImplementationDetails&gt;</c>, <c>EmbeddedAttribute</c>) and belong to no folder.
/// </remarks>
internal sealed class CompiledAssembly
{
    private static readonly Guid TypeDefinitionDocumentsKind = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private static readonly Lazy<Dictionary<short, OperandType>> OpCodeOperands = new(() => typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType));

    private readonly MetadataReader _reader;
    private readonly MetadataReader _pdb;
    private readonly Func<string, string?> _folderOf;
    private readonly Dictionary<TypeDefinitionHandle, string?> _typeFolders = [];
    private readonly List<CodeReference> _references = [];
    private readonly List<string> _problems = [];

    private CompiledAssembly(MetadataReader reader, MetadataReader pdb, Func<string, string?> folderOf)
    {
        _reader = reader;
        _pdb = pdb;
        _folderOf = folderOf;
        Name = reader.GetString(reader.GetAssemblyDefinition().Name);
    }

    /// <summary>The assembly's simple name.</summary>
    public string Name { get; }

    /// <summary>The types it defines, by full name.</summary>
    public Dictionary<string, DefinedType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Every use of a type (of any assembly) by the code of a folder.</summary>
    public IReadOnlyList<CodeReference> References => _references;

    /// <summary>What could not be placed: a type whose sources are in several folders.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The project folders of the documents of the PDB that are files of the project, for the folder checks.</summary>
    public ImmutableSortedSet<string> Folders { get; private set; } = [];

    /// <summary>Reads an assembly and its portable PDB.</summary>
    /// <param name="assembly">The assembly's bytes.</param>
    /// <param name="pdb">The PDB's bytes.</param>
    /// <param name="folderOf">The project folder of a source document ("Rules/Output/", "" for the project's root), or null for a document that is not a file of the project.</param>
    public static CompiledAssembly Read(byte[] assembly, byte[] pdb, Func<string, string?> folderOf)
    {
        var pe = new PEReader(ImmutableArray.Create(assembly));
        var pdbProvider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var compiled = new CompiledAssembly(pe.GetMetadataReader(), pdbProvider.GetMetadataReader(), folderOf);
        compiled.PlaceTypes();
        compiled.ReadReferences(pe);
        return compiled;
    }

    /// <summary>Reads an assembly file and the PDB beside it.</summary>
    public static CompiledAssembly Read(string assemblyPath, Func<string, string?> folderOf)
        => Read(File.ReadAllBytes(assemblyPath), File.ReadAllBytes(Path.ChangeExtension(assemblyPath, ".pdb")), folderOf);

    private string? FolderOfDocument(DocumentHandle handle)
        => handle.IsNil ? null : _folderOf(_pdb.GetString(_pdb.GetDocument(handle).Name).Replace('\\', '/'));

    // The folders of every type, from its documents; a nested type without documents of its own is in its declaring type's.
    private void PlaceTypes()
    {
        var documentsOf = new Dictionary<TypeDefinitionHandle, HashSet<string>>();
        foreach (var handle in _reader.TypeDefinitions)
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cdi in _pdb.GetCustomDebugInformation(handle))
            {
                var info = _pdb.GetCustomDebugInformation(cdi);
                if (_pdb.GetGuid(info.Kind) != TypeDefinitionDocumentsKind)
                {
                    continue;
                }

                var blob = _pdb.GetBlobReader(info.Value);
                while (blob.RemainingBytes > 0)
                {
                    if (FolderOfDocument(MetadataTokens.DocumentHandle(blob.ReadCompressedInteger())) is { } folder)
                    {
                        folders.Add(folder);
                    }
                }
            }

            foreach (var method in _reader.GetTypeDefinition(handle).GetMethods())
            {
                if (MethodFolder(method) is { } folder)
                {
                    folders.Add(folder);
                }
            }

            documentsOf[handle] = folders;
        }

        Folders = [.. documentsOf.Values.SelectMany(static f => f)];
        foreach (var handle in _reader.TypeDefinitions)
        {
            FolderOf(handle, documentsOf);
        }

        foreach (var handle in _reader.TypeDefinitions)
        {
            var type = _reader.GetTypeDefinition(handle);
            var key = KeyOf(handle);
            Types[key.FullName] = new DefinedType(key, _typeFolders[handle], NamespaceOf(handle), IsVisible(handle), type.IsNested, VisibleMembers(type));
        }
    }

    private string? FolderOf(TypeDefinitionHandle handle, Dictionary<TypeDefinitionHandle, HashSet<string>> documentsOf)
    {
        if (_typeFolders.TryGetValue(handle, out var known))
        {
            return known;
        }

        var type = _reader.GetTypeDefinition(handle);
        var folders = documentsOf[handle];
        string? folder;
        if (folders.Count > 1)
        {
            _problems.Add($"{KeyOf(handle)}: its sources are in several folders ({string.Join(", ", folders.Order(StringComparer.Ordinal))}); a type belongs to one.");
            folder = folders.Order(StringComparer.Ordinal).First();
        }
        else
        {
            folder = folders.Count == 1 ? folders.Single() : type.IsNested ? FolderOf(type.GetDeclaringType(), documentsOf) : null;
        }

        _typeFolders[handle] = folder;
        return folder;
    }

    // The folder of the document of a method's code, or null when it has none that is a file of the project.
    private string? MethodFolder(MethodDefinitionHandle method)
    {
        var debug = _pdb.GetMethodDebugInformation(method);
        if (!debug.Document.IsNil)
        {
            return FolderOfDocument(debug.Document);
        }

        foreach (var point in debug.GetSequencePoints())
        {
            if (FolderOfDocument(point.Document) is { } folder)
            {
                return folder;
            }
        }

        return null;
    }

    // Where a method is, for messages: "Values/Planted.cs:7 (PlantedQualified.get_Level)".
    private string MethodLocation(MethodDefinitionHandle handle)
    {
        var method = _reader.GetMethodDefinition(handle);
        var name = $"{KeyOf(method.GetDeclaringType()).FullName}.{_reader.GetString(method.Name)}";
        foreach (var point in _pdb.GetMethodDebugInformation(handle).GetSequencePoints())
        {
            if (!point.IsHidden)
            {
                var document = _pdb.GetString(_pdb.GetDocument(point.Document).Name).Replace('\\', '/');
                return $"{Path.GetFileName(document)}:{point.StartLine} ({name})";
            }
        }

        return name;
    }

    private void ReadReferences(PEReader pe)
    {
        var collector = new TypeCollector(this);
        foreach (var handle in _reader.TypeDefinitions)
        {
            var folder = _typeFolders[handle];
            if (folder is null)
            {
                continue; // the compiler's own types
            }

            var type = _reader.GetTypeDefinition(handle);
            var where = KeyOf(handle).FullName;
            void Use(EntityHandle used, string what) => AddTypes(folder, $"{where} ({what})", collector.TypesOf(used), inAttribute: false);
            if (!type.BaseType.IsNil)
            {
                Use(type.BaseType, "base type");
            }

            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Use(_reader.GetInterfaceImplementation(implementation).Interface, "interface");
            }

            AddGenericParameters(folder, where, type.GetGenericParameters(), collector);
            AddAttributes(folder, where, type.GetCustomAttributes(), collector);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = _reader.GetFieldDefinition(fieldHandle);
                AddTypes(folder, $"{where}.{_reader.GetString(field.Name)}", collector.Collect(c => field.DecodeSignature(c, null)), inAttribute: false);
                AddAttributes(folder, where, field.GetCustomAttributes(), collector);
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = _reader.GetPropertyDefinition(propertyHandle);
                AddTypes(folder, $"{where}.{_reader.GetString(property.Name)}", collector.Collect(c => property.DecodeSignature(c, null)), inAttribute: false);
                AddAttributes(folder, where, property.GetCustomAttributes(), collector);
            }

            foreach (var eventHandle in type.GetEvents())
            {
                var @event = _reader.GetEventDefinition(eventHandle);
                Use(@event.Type, _reader.GetString(@event.Name));
                AddAttributes(folder, where, @event.GetCustomAttributes(), collector);
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = _reader.GetMethodDefinition(methodHandle);
                var methodWhere = $"{where}.{_reader.GetString(method.Name)}";
                AddTypes(folder, methodWhere, collector.Collect(c => method.DecodeSignature(c, null)), inAttribute: false);
                AddGenericParameters(folder, methodWhere, method.GetGenericParameters(), collector);
                AddAttributes(folder, methodWhere, method.GetCustomAttributes(), collector);
                foreach (var parameter in method.GetParameters())
                {
                    AddAttributes(folder, methodWhere, _reader.GetParameter(parameter).GetCustomAttributes(), collector);
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    // The instructions are in the folder of the method's own document (a generated document: its type's).
                    ReadBody(pe.GetMethodBody(method.RelativeVirtualAddress), MethodFolder(methodHandle) ?? folder, MethodLocation(methodHandle), collector);
                }
            }
        }
    }

    private void AddGenericParameters(string folder, string where, GenericParameterHandleCollection parameters, TypeCollector collector)
    {
        foreach (var parameterHandle in parameters)
        {
            var parameter = _reader.GetGenericParameter(parameterHandle);
            foreach (var constraint in parameter.GetConstraints())
            {
                AddTypes(folder, $"{where} (constraint)", collector.TypesOf(_reader.GetGenericParameterConstraint(constraint).Type), inAttribute: false);
            }

            AddAttributes(folder, where, parameter.GetCustomAttributes(), collector);
        }
    }

    private void AddAttributes(string folder, string where, CustomAttributeHandleCollection attributes, TypeCollector collector)
    {
        foreach (var handle in attributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            var types = new List<TypeKey>(collector.TypesOf(attribute.Constructor));
            // typeof(…) arguments are stored by name: [JsonConverter(typeof(AcronymJsonConverter))].
            types.AddRange(collector.Collect(c => attribute.DecodeValue(c)));
            AddTypes(folder, $"{where} (attribute)", types, inAttribute: true);
        }
    }

    private void ReadBody(MethodBodyBlock body, string folder, string where, TypeCollector collector)
    {
        if (!body.LocalSignature.IsNil)
        {
            var locals = _reader.GetStandaloneSignature(body.LocalSignature);
            AddTypes(folder, where, collector.Collect(c => locals.DecodeLocalSignature(c, null)), inAttribute: false);
        }

        foreach (var region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                AddTypes(folder, where, collector.TypesOf(region.CatchType), inAttribute: false);
            }
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            var code = first == 0xFE ? (short)(0xFE00 | il.ReadByte()) : first;
            switch (OpCodeOperands.Value[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    var token = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (MemberOf(token) is ({ } parent, var member))
                    {
                        // The member's type is named with the member, so that another assembly's members can be checked.
                        var declaring = collector.TypesOf(parent);
                        AddTypes(folder, where, declaring.Take(1), inAttribute: false, member);
                        AddTypes(folder, where, declaring.Skip(1), inAttribute: false);
                    }

                    AddTypes(folder, where, collector.TypesOf(token), inAttribute: false);
                    break;
                case OperandType.InlineSwitch:
                    // The count first: "il.Offset += il.ReadInt32() * 4" would read Offset before the count moves it.
                    var targets = il.ReadInt32();
                    il.Offset += targets * 4;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }
    }

    // The type a member reference is on and the member's name (a method, a field), or nothing for other tokens.
    private (EntityHandle? Parent, string Member) MemberOf(EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)token);
                return member.Parent.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification or HandleKind.TypeDefinition
                    ? (member.Parent, _reader.GetString(member.Name))
                    : (null, string.Empty);
            case HandleKind.MethodSpecification:
                return MemberOf(_reader.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            default:
                return (null, string.Empty);
        }
    }

    private void AddTypes(string folder, string where, IEnumerable<TypeKey> types, bool inAttribute, string? member = null)
    {
        foreach (var type in types.Distinct())
        {
            _references.Add(new CodeReference(folder, where, type, inAttribute, member));
        }
    }

    internal TypeKey KeyOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var name = _reader.GetString(type.Name);
        return type.IsNested
            ? new TypeKey(Name, KeyOf(type.GetDeclaringType()).FullName + "+" + name)
            : new TypeKey(Name, Qualified(_reader.GetString(type.Namespace), name));
    }

    internal TypeKey KeyOf(TypeReferenceHandle handle)
    {
        var type = _reader.GetTypeReference(handle);
        var name = _reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = KeyOf((TypeReferenceHandle)type.ResolutionScope);
            return outer with { FullName = outer.FullName + "+" + name };
        }

        return type.ResolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => new TypeKey(_reader.GetString(_reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name), Qualified(_reader.GetString(type.Namespace), name)),
            _ => new TypeKey(Name, Qualified(_reader.GetString(type.Namespace), name)),
        };
    }

    /// <summary>A type named in an attribute's value ("Ns.Outer+Inner, Assembly, Version=…"): of this assembly unless another is named.</summary>
    internal TypeKey KeyOfSerializedName(string name)
    {
        // Generic arguments ("[[…]]") are not unpacked: attributes of this code base name plain types.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (comma < 0 || (bracket >= 0 && bracket < comma))
        {
            return new TypeKey(Types.ContainsKey(bracket < 0 ? name : name[..bracket]) ? Name : "?", bracket < 0 ? name : name[..bracket]);
        }

        var assembly = name[(comma + 1)..].Split(',')[0].Trim();
        return new TypeKey(assembly, name[..comma].Trim());
    }

    /// <summary>The underlying type of an enum defined here (its <c>value__</c> field); Int32 for others.</summary>
    internal PrimitiveTypeCode UnderlyingEnumType(EntityHandle handle)
    {
        if (handle.Kind == HandleKind.TypeDefinition)
        {
            foreach (var fieldHandle in _reader.GetTypeDefinition((TypeDefinitionHandle)handle).GetFields())
            {
                var field = _reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & FieldAttributes.Static) == 0)
                {
                    return field.DecodeSignature(new PrimitiveProvider(), null);
                }
            }
        }

        return PrimitiveTypeCode.Int32;
    }

    internal bool IsSystemType(EntityHandle handle)
        => handle.Kind == HandleKind.TypeReference && KeyOf((TypeReferenceHandle)handle).FullName == "System.Type";

    internal MetadataReader Reader => _reader;

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    private string NamespaceOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        return type.IsNested ? NamespaceOf(type.GetDeclaringType()) : _reader.GetString(type.Namespace);
    }

    private bool IsVisible(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        return type.IsNested
            ? visibility is TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem && IsVisible(type.GetDeclaringType())
            : visibility == TypeAttributes.Public;
    }

    // The names of the methods and fields other assemblies may call: public or protected.
    private ImmutableHashSet<string> VisibleMembers(TypeDefinition type)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var handle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(handle);
            if ((method.Attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem)
            {
                names.Add(_reader.GetString(method.Name));
            }
        }

        foreach (var handle in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(handle);
            if ((field.Attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem)
            {
                names.Add(_reader.GetString(field.Name));
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Decodes an enum's <c>value__</c> field to its primitive type.</summary>
    private sealed class PrimitiveProvider : ISignatureTypeProvider<PrimitiveTypeCode, object?>
    {
        public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;

        public PrimitiveTypeCode GetArrayType(PrimitiveTypeCode elementType, ArrayShape shape) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetByReferenceType(PrimitiveTypeCode elementType) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetFunctionPointerType(MethodSignature<PrimitiveTypeCode> signature) => PrimitiveTypeCode.IntPtr;

        public PrimitiveTypeCode GetGenericInstantiation(PrimitiveTypeCode genericType, ImmutableArray<PrimitiveTypeCode> typeArguments) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetGenericMethodParameter(object? genericContext, int index) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetGenericTypeParameter(object? genericContext, int index) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetModifiedType(PrimitiveTypeCode modifier, PrimitiveTypeCode unmodifiedType, bool isRequired) => unmodifiedType;

        public PrimitiveTypeCode GetPinnedType(PrimitiveTypeCode elementType) => elementType;

        public PrimitiveTypeCode GetPointerType(PrimitiveTypeCode elementType) => PrimitiveTypeCode.IntPtr;

        public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Object;

        public PrimitiveTypeCode GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Object;
    }
}
